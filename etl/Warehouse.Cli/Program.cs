using Cocona;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warehouse.Cli;
using Warehouse.Cli.Commands;
using Warehouse.Etl.Contracts;

var builder = CoconaApp.CreateBuilder(args, options => options.EnableShellCompletionSupport = false);

// Logs and progress go to standard error; standard output carries only results (tables, paths).
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o =>
{
    o.SingleLine = true;
    o.TimestampFormat = "HH:mm:ss ";
    o.UseUtcTimestamp = true;
});
builder.Logging.AddFilter((_, level) => level >= Verbosity.Minimum);
builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
    o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(_ => ContractCatalog.LoadEmbedded());

var app = builder.Build();
app.UseFilter(new WarehouseErrorFilter());
app.AddCommands<InitCommand>();
app.AddCommands<LoadCommand>();
app.AddCommands<HistoryCommand>();
app.AddCommands<RejectsCommand>();
app.AddCommands<QueryCommand>();
app.AddCommands<ContractsCommand>();
app.AddCommands<LiftCommand>();
app.AddCommands<GenerateCommand>();
app.AddCommands<BuildCommand>();
app.AddCommands<DemoCommand>();
app.AddSubCommand("report", report => report.AddCommands<ReportCommands>())
    .WithDescription("Render reports from a built warehouse: monthly, or pilot for one pilot's owner");
app.AddSubCommand("pilot", pilot => pilot.AddCommands<PilotPlanCommand>())
    .WithDescription("Plan pilots: minimum detectable effect and customers needed");
app.Run();

// The parser answers both a request for help and an option it does not know with 129. Help asked for is a
// success; an unknown option is a command line rejected, which exits with 1 as the parser's other refusals do.
if (Environment.ExitCode == 129)
{
    Environment.ExitCode = args.Any(a => a is "-h" or "--help") ? 0 : 1;
}
