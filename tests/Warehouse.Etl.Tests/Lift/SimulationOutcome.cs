namespace Warehouse.Etl.Tests.Lift;

/// <summary>What the simulation study found for one metric kind.</summary>
/// <param name="Kind">rate, mean, count, nps, ratio, cuped or did.</param>
/// <param name="Estimator">The estimator, as the docs name it.</param>
/// <param name="TrueEffect">The true absolute effect, pilot minus control.</param>
/// <param name="Coverage">Share of 95% intervals of the lift that cover the true effect.</param>
/// <param name="RelativeCoverage">
/// Share of the bounded 95% intervals of the relative lift that cover the true one; null for did, whose relative
/// lift is of the raw gap, not of the effect.
/// </param>
/// <param name="UnboundedRelative">Share of pilots whose relative interval is unbounded (Fieller); null for did.</param>
/// <param name="FalsePositiveRate">Share of A/A pilots with p below 0.05.</param>
/// <param name="MeanError">Mean of estimate minus true effect.</param>
/// <param name="ErrorStandardError">Standard error of <paramref name="MeanError"/>: SD of the errors over √pilots.</param>
/// <param name="MeanNarrowing">CUPED: mean share by which the interval narrowed; null for other kinds.</param>
/// <param name="NarrowerShare">CUPED: share of pilots whose interval narrowed; null for other kinds.</param>
/// <param name="RawMeanError">did: mean of the raw gap between the arms minus the true effect; null otherwise.</param>
internal sealed record SimulationOutcome(
    string Kind,
    string Estimator,
    double TrueEffect,
    double Coverage,
    double? RelativeCoverage,
    double? UnboundedRelative,
    double FalsePositiveRate,
    double MeanError,
    double ErrorStandardError,
    double? MeanNarrowing,
    double? NarrowerShare,
    double? RawMeanError = null);
