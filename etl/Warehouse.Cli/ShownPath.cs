namespace Warehouse.Cli;

/// <summary>How the command line shows a file the warehouse recorded by its full path.</summary>
internal static class ShownPath
{
    /// <summary>
    /// The file as a user in the current folder names it: relative to that folder when the file is inside it,
    /// else the full path.
    /// </summary>
    public static string FromHere(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        var outside = Path.IsPathRooted(relative)
            || relative == ".."
            || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return outside ? fullPath : relative;
    }
}
