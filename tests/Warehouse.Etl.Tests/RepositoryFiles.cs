namespace Warehouse.Etl.Tests;

/// <summary>Files of the repository the tests read: the real samples and their mappings.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string RealSample(string relativePath) =>
        Path.Combine(Root, "data-samples", "real", relativePath);

    public const string Hillstrom =
        "hillstrom/Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv";

    public const string CreditDefault = "uci_credit_default/default of credit card clients.csv";

    public const string BankMarketing = "uci_bank_marketing/bank-full.csv";

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Warehouse.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName
            ?? throw new InvalidOperationException(
                "The tests run outside the repository: no Warehouse.sln above them.");
    }
}
