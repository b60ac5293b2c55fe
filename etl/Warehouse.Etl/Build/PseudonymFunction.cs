using DuckDB.NET.Data;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Build;

/// <summary>
/// The SQL function <c>pseudonymised_customer_id(customer_id)</c> that every staging model applies to the
/// source id: the id itself without a key, its <see cref="PseudonymKey.Token"/> with one. It exists on the
/// building connection only (a temporary macro, and a function registered from C#), never in the warehouse
/// file: the tables it builds hold its results, not the function.
/// </summary>
internal static class PseudonymFunction
{
    /// <summary>The name the models call.</summary>
    public const string Name = "pseudonymised_customer_id";

    private const string KeyedHash = "warehouse_customer_id_hmac";

    /// <summary>Defines <see cref="Name"/> on the warehouse's connection for the given key, or for none.</summary>
    public static void Install(WarehouseDatabase database, PseudonymKey? key)
    {
        if (key is null)
        {
            database.Execute($"create or replace temp macro {Name}(customer_id) as customer_id");
            return;
        }

        // Registering again replaces the function, so a later build with another key hashes with that key.
        database.Connection.RegisterScalarFunction<string, string>(
            KeyedHash,
            (arguments, result, rows) =>
            {
                var ids = arguments[0];
                for (ulong row = 0; row < rows; row++)
                {
                    if (ids.IsValid(row))
                    {
                        result.WriteValue(key.Token(ids.GetValue<string>(row)), row);
                    }
                    else
                    {
                        result.WriteNull(row);
                    }
                }
            },
            new ScalarFunctionOptions { IsPureFunction = true, HandlesNulls = true });
        database.Execute($"create or replace temp macro {Name}(customer_id) as {KeyedHash}(customer_id)");
    }
}
