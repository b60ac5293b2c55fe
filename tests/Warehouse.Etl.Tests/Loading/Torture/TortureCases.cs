using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Tests.Loading.Torture;

/// <summary>
/// The expected outcome of every file of the torture corpus, from the "our expected" column of its INDEX
/// files: how the file is written, then whether it loads (with some of its values, shown as the list of
/// its source values) or is refused. Values a CSV file holds in quotes come back quoted in the list when
/// they contain a comma or a quote.
/// </summary>
internal static class TortureCases
{
    // Declared before the cases, which are built from them when the class is first used.
    private static readonly CsvDialect Comma = new();
    private static readonly CsvDialect Semicolon = new() { Delimiter = ";" };
    private static readonly CsvDialect NoHeader = new() { HeaderRows = 0 };
    private static readonly CsvDialect Pipe = new() { Delimiter = "|" };

    /// <summary>Files whose expected behaviour the loader has, keyed by path under the corpus folder.</summary>
    public static IReadOnlyDictionary<string, TortureCase> All { get; } = new Dictionary<string, TortureCase>
    {
        // CSV: byte-order marks and line endings.
        ["csv/auto/utf8bom.csv"] = Loads(2, (2, "[1, Mark]"), (3, "[2, Hannes]")),
        ["csv/people.csv"] = Loads(4, (2, "[Anna Andreadi, West]"), (5, "[Cassandra Brandow, South]")),
        // Mixed line ends are refused naming the first line that differs; the INDEX would rather read them.
        ["csv/mixed_new_line.csv"] = Unreadable("line 2", "ends with CRLF, but line 1 ends with LF")
            with { Dialect = NoHeader },
        ["csv/test/mixed_line_endings.csv"] = Unreadable("line 2", "ends with LF, but line 1 ends with CRLF")
            with { Dialect = NoHeader },
        ["csv/issue5077.csv"] = Refused(2, 1) with { Dialect = NoHeader, Columns = ["c1", "c2", "c3"] },
        ["csv/quoted_newline.csv"] = Loads(1, (2, "[cell with\nnewline]")),
        ["csv/test/unterminated.csv"] = Unreadable("line 1", "never closed") with { Dialect = NoHeader },

        // CSV: ragged rows, trailing delimiters, preambles.
        ["csv/csv_quoted_newline_odd.csv"] = Refused(2, 11),
        ["csv/locations_header_trailing_comma.csv"] = Unreadable("line 1, column 5", "header name is blank"),
        // DuckDB drops the always-empty trailing field without a warning; the values are not shifted.
        ["csv/bug_12596.csv"] = Loads(2, (2, "[1, 2]"), (3, "[3, 4]")),
        ["csv/locations_row_trailing_comma.csv"] = Refused(1, 2),
        // The INDEX says line 5, counting from 1 after the header; "1,2,3,4,5" is physical line 4.
        ["csv/extra_delimiters.csv"] = Refused(4, 4),
        ["csv/test/error_too_little.csv"] = Refused(6, 7),
        ["csv/rejects/incorrect_columns/small_mix.csv"] = Refused(4, 3, 4),
        ["csv/nullpadding.csv"] = Refused(5, 1, 3, 4, 5)
            with { Dialect = NoHeader, Columns = ["c1", "c2", "c3", "c4"] },
        ["csv/inconsistent_cells.csv"] = Unreadable("line 1, column 1", "header name is blank"),
        ["csv/dirty_line.csv"] = Loads(2, (3, "[1.5, a, 3]"), (4, "[2.5, b, 4]"))
            with { Dialect = new CsvDialect { HeaderRows = 2 }, Columns = ["COL1", "COL2", "COL3"] },
        ["csv/rejects/multiple_errors/multiple_errors.csv"] = Refused(7, 4, 5, 6, 7, 8),
        ["csv/unescaped_quotes/unescaped_quote.csv"] = Refused(6, 1, 2, 3, 4, 5, 6)
            with { Dialect = Semicolon with { HeaderRows = 0 } },
        ["csv/auto/backslash_escape.csv"] = Loads(3, (1, "[123, TEST7, text1]"), (2, "[345, TEST7, 'text\"2\"']"))
            with { Dialect = Pipe with { HeaderRows = 0, Escape = "\\" } },
        ["csv/later_quotes.csv"] = Loads(2049, (2, "[1, bla]"), (2050, "[2048, '\",']")),

        // CSV: headers.
        ["csv/auto/duplicate_header_col.csv"] = Unreadable("line 1", "repeats 'a'"),
        ["csv/auto/duplicate_header_collision.csv"] = Unreadable("line 1", "repeats 'a'"),
        ["csv/auto/missing_header_col.csv"] = Unreadable("line 1, column 2", "header name is blank"),
        ["csv/double_quoted_header.csv"] = Loads(2, (2, "[1, rob]"), (3, "[2, sally]"))
            with { Columns = ["foo \"bar", "name"] },
        ["csv/header_only.csv"] = Loads(0),
        ["csv/empty.csv"] = Unreadable("ends before its 1 header row"),

        // CSV: null markers.
        ["csv/null/multiple_nulls.csv"] = Loads(3, (3, "[Mark, NULL, NULL]"), (4, "[Thijs, 26, NULL]"))
            with { Dialect = new CsvDialect { NullMarkers = ["null", "none"] } },
        ["csv/null/multiple_quoted_nulls.csv"] = Loads(3, (3, "[Mark, NULL, NULL]"), (4, "[Thijs, 26, NULL]"))
            with { Dialect = new CsvDialect { NullMarkers = ["null", "none"] } },
        ["csv/test/test_null_option.csv"] = Loads(3, (1, "[0, NULL, test, 'null', 'NULL']"))
            with { Dialect = NoHeader },

        // CSV: numbers, kept as the text they are.
        ["csv/decimal_separators/decimal_separators.csv"] = Loads(5, (2, "['1,1', 1.1]"), (6, "['-1,53e4', -1.53e4]"))
            with { Dialect = Semicolon },
        ["csv/decimal_separators/decimal_separators_csv.csv"] = Loads(1, (2, "['1,2345', 1.2345]")),
        ["csv/decimal_separators/mixed_format_fail.csv"] = Refused(3, 2, 3),
        ["csv/mixed_decimal.csv"] = Loads(5, (4, "[3, 5]"), (5, "[4, 5.555]")) with { Dialect = Semicolon },
        ["csv/comma_decimal_null.csv"] = Loads(
            8,
            (4, "[10LA13, I43B17000140005, NULL, 10, Centro-Nord, 1206, NULL, NULL, '424428,00', '0,00', NULL, "
                + "NULL, '0,00', NULL, NULL, NULL, '0,00', NULL, NULL, '0,00', '0,00', '0,00', 20180101, 20230228, "
                + "NULL, NULL, 424428.00, 0.00]")),
        ["csv/thousands_separator/multi_column_quote.csv"] = Loads(5, (4, "[lorry, '300,000,000.40', amsterdam]")),
        ["csv/thousands_separator/thousands_broken.csv"] = Loads(3, (3, "['300,0,00.40']"))
            with { Columns = ["100,000.00"] },
        ["csv/headers/undetected_type.csv"] = Refused(1, 2),
        ["csv/leading_zeros.csv"] = Loads(6, (2, "[09001, 0, 0, 0, 1, 1, 1, 0]")),
        ["csv/phonenumbers.csv"] = Loads(3, (2, "[+318855443322]")),
        ["csv/big_number.csv"] = Loads(1, (2, "[82544000000000707.52]")),
        ["csv/decimal.csv"] = Loads(1, (2, "[3.5215257120407011]")),
        ["csv/integer_exponent.csv"] = Loads(3, (4, "[7, 8, 1E-7]")),

        // CSV: dates and times, kept as text; parsing them needs a declared format.
        ["csv/auto/time_date_timestamp_dd-mm-yy.csv"] =
            Loads(3, (4, "[346, TEST2, '15:16:17', 13-12-2004, '13-12-04 15:16:00']")),
        ["csv/auto/time_date_timestamp_mm-dd-yy.csv"] =
            Loads(3, (2, "[123, TEST2, '12:12:12', 01-01-90, '01-01-90 12:12:00 AM']")),
        ["csv/mixed_dates.csv"] = Loads(5, (4, "[3, 03/10/2024]")),
        ["csv/dates_special_format.csv"] = Loads(7, (2, "['Sep 26, 2022']"), (8, "['Jan 10, 2022']"))
            with { Columns = ["Dec 8, 2022"] },
        ["csv/custom_date.csv"] = Loads(2, (2, "[123, '1/2/2023, 12:33 PM']")),
        ["csv/dateformat/not_working.csv"] = Loads(2, (2, "[1-1-1A, 31-OCT-2023]")),
        ["csv/headers/borked_type.csv"] = Loads(2, (3, "[08//01/2019]")),
        ["csv/timestamp_with_tz.csv"] = Loads(2, (3, "[2, '2021-05-25 04:55:03.382494 EST']")),
        ["csv/test/timestampoffset.csv"] = Loads(4, (2, "['2020-12-30 01:25:58.745232+01']")),
        ["csv/17705.csv"] = Loads(3, (4, "[Night, 38615475, '2022/01/27 11:09:20 PM']")),

        // CSV: encodings and bytes.
        // Undeclared, so the bytes that are not UTF-8 are rejected, each naming the encoding to declare.
        ["csv/encodings/latin1.csv"] = Refused(12, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
        // The byte-order mark names the encoding; the loader reads a UTF-8 copy, line for line.
        ["csv/encodings/utf16.csv"] = Loads(20, (2, "[José Álvarez, 30]"), (21, "[Krystýna Novák, 23]")),
        ["csv/encodings/shift_jis.csv"] = Refused(20, [.. Enumerable.Range(2, 20).Select(l => (long)l)]),
        ["csv/test/invalid_utf.csv"] = Refused(1, 1) with { Dialect = Pipe with { HeaderRows = 0 } },
        ["csv/nullbyte.csv"] = Refused(1, 2) with { Dialect = Pipe },

        // CSV: typed values; the column under test also fills the decimal amount.
        // The INDEX names line 8, the first 'hi'; lines 14 and 19 hold 'hi' too (cut -d, -f1 | grep -vn '^[0-9]*$').
        ["csv/wrongtype.csv"] = Refused(22, 8, 14, 19) with { Amount = "h1" },
        ["csv/error/mismatch/small1.csv"] = Refused(5, 3, 6) with { Amount = "COL1" },
        ["csv/union-by-name/type_mismatch/f_1.csv"] = Refused(3, 4) with { Amount = "id" },
        ["csv/union-by-name/type_mismatch/f_2.csv"] = Loads(2, (3, "[3, bob, 32]")) with { Amount = "id" },
        ["csv/multiple_files/more_columns/file_1.csv"] = Loads(2, (2, "[1, 2, 3]")),
        ["csv/multiple_files/more_columns/file_2.csv"] = Loads(2, (2, "[1, 2, 3, bla]")),

        // Parquet.
        // As the INDEX asks, row 6 (year 290000) is rejected on its own rather than refusing the file; one reject
        // in six records passes the 5% threshold, so the batch is refused. ParquetSchemaCheckTests loads rows 1-5.
        ["parquet/int96_from_spark.parquet"] = Refused(6, 6),
        ["parquet/alltypes_plain.parquet"] = Loads(
            8,
            (1, "[4, true, 0, 0, 0, 0, 0.0, 0.0, 03/01/09, 0, '2009-03-01 00:00:00']"),
            (8, "[1, false, 1, 1, 1, 10, 1.1, 10.1, 01/01/09, 1, '2009-01-01 00:01:00']")),
        ["parquet/alltypes_dictionary.parquet"] =
            Loads(2, (1, "[0, true, 0, 0, 0, 0, 0.0, 0.0, 01/01/09, 0, '2009-01-01 00:00:00']")),
        ["parquet/int32_decimal.parquet"] = Loads(24, (1, "[1.00]"), (24, "[24.00]")),
        ["parquet/int64_decimal.parquet"] = Loads(24, (1, "[1.00]"), (24, "[24.00]")),
        ["parquet/fixed_length_decimal.parquet"] = Loads(24, (1, "[1.00]"), (24, "[24.00]")),
        ["parquet/fixed_length_decimal_legacy.parquet"] = Loads(24, (1, "[1.00]"), (24, "[24.00]")),
        ["parquet/byte_array_decimal.parquet"] = Loads(24, (1, "[1.00]"), (24, "[24.00]")),
        ["parquet/nulls.snappy.parquet"] = Loads(8, (8, "['{\\'b_c_int\\': NULL}']")),
        ["parquet/nullable.impala.parquet"] = Loads(7, (6, "[6, NULL, NULL, NULL, NULL, NULL]")),
        ["parquet/nonnullable.impala.parquet"] = Loads(1),
        ["parquet/int32_with_null_pages.parquet"] = Loads(1000, (1, "[-654807448]"), (5, "[NULL]")),
        ["parquet/dict-page-offset-zero.parquet"] = Loads(39, (1, "[1552]"), (39, "[1552]")),
        ["parquet/nation.dict-malformed.parquet"] =
            Loads(
                25,
                (2, "[1, ARGENTINA, 1, al foxes promise slyly according to the regular accounts. bold requests alon]")),
        ["parquet/datapage_v2_empty_datapage.snappy.parquet"] = Loads(1, (1, "[NULL]")),
        ["parquet/datapage_v1-corrupt-checksum.parquet"] = Loads(5120),
        ["parquet/rle-dict-uncompressed-corrupt-checksum.parquet"] = Loads(1000),
        // A DOUBLE copied into the decimal amount is refused before a value is read: no amount passes through a
        // float. The INDEX would turn NaN into a null or a flag.
        ["parquet/nan_in_stats.parquet"] = Unreadable("column 'x' is DOUBLE", "'amount' (decimal(18,2))", "float")
            with { Amount = "x" },
        ["parquet/unknown-logical-type.parquet"] = Loads(3, (3, "[known string 3, unknown string 3]")),
        ["parquet/bad_data/PARQUET-1481.parquet"] = Unreadable("could not be read"),
        ["parquet/bad_data/ARROW-GH-47662.parquet"] = Unreadable("could not be read"),
        ["parquet/duckdb-extra/tz.parquet"] = Loads(2, (1, "['2022-10-17 21:52:27+00']")),
        ["parquet/duckdb-extra/timestamp.parquet"] = Loads(1, (1, "['2020-10-05 17:21:49.48844']")),
        ["parquet/duckdb-extra/timestamp-ms.parquet"] = Loads(1, (1, "['2020-10-05 17:21:49']")),
        ["parquet/duckdb-extra/pandas-date.parquet"] = Loads(2, (1, "[2021-01-12]"), (2, "[1921-12-24]")),
        ["parquet/duckdb-extra/date-with-timezone-int64.parquet"] = Loads(1),
        ["parquet/duckdb-extra/bigdecimal.parquet"] = Unreadable("column 'bigdec' is DECIMAL(77,38)", "lose digits"),
        ["parquet/duckdb-extra/decimals.parquet"] =
            Loads(2, (1, "[0.10, 0.10, 0.10, 0.10]"), (2, "[-0.10, -0.10, -0.10, -0.10]")),
        ["parquet/duckdb-extra/unsigned.parquet"] = Loads(6, (6, "[255, 65535, 4294967295, 18446744073709551615]")),
        ["parquet/duckdb-extra/null_type_column.parquet"] = Loads(3, (1, "[1, NULL]")),
        ["parquet/duckdb-extra/issue6630_1.parquet"] =
            Loads(3, (1, "[Matt, true, NULL, NULL, '2023-01-27 12:00:00', '2023-01-27 12:00:00']")),
        ["parquet/duckdb-extra/issue6630_2.parquet"] =
            Loads(3, (3, "[John, false, NULL, NULL, '2023-01-27 14:00:00', '2023-01-27 14:10:00']")),
        ["parquet/duckdb-extra/silly-names.parquet"] = Loads(3, (1, "[1, foo, true]")),
        ["parquet/duckdb-extra/broken_timestamp.parquet"] = Unreadable("TIMESTAMP converted type"),
    };

    private static TortureCase Loads(long records, params (long Line, string Value)[] values) =>
        new(Comma, null, null, TortureOutcomeKind.Loaded,
            records, [], values.ToDictionary(v => v.Line, v => v.Value), []);

    private static TortureCase Refused(long records, params long[] rejectLines) =>
        new(Comma, null, null, TortureOutcomeKind.Refused, records, rejectLines, new Dictionary<long, string>(), []);

    private static TortureCase Unreadable(params string[] messageParts) =>
        new(Comma, null, null, TortureOutcomeKind.Unreadable, 0, [], new Dictionary<long, string>(), messageParts);
}
