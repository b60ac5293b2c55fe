using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// Flows report content down pages: a cursor on the current page's content area, a new page when the next
/// piece does not fit. Pages are recorded as pictures so that the document writer can number them
/// ("Page 3 of 7") once the total is known.
/// </summary>
internal sealed class ReportLayout : IDisposable
{
    private readonly List<SKPicture> _pages = [];

    private readonly List<(string Title, int PageIndex)> _sections = [];

    private SKPictureRecorder? _recorder;

    private SKCanvas? _canvas;

    public ReportLayout(PageGeometry geometry)
    {
        Geometry = geometry;
        Cursor = geometry.Content.Top;
    }

    public PageGeometry Geometry { get; }

    /// <summary>The current page's canvas; starts the first page when none is open.</summary>
    public SKCanvas Canvas
    {
        get
        {
            EnsurePageOpen();
            return _canvas!;
        }
    }

    /// <summary>Top of the free space on the current page.</summary>
    public float Cursor { get; private set; }

    public float Left => Geometry.Content.Left;

    public float Right => Geometry.Content.Right;

    public float Width => Geometry.Content.Width;

    /// <summary>Height left on the current page.</summary>
    public float Remaining => Geometry.Content.Bottom - Cursor;

    /// <summary>Zero-based index of the current page among the pages this layout made.</summary>
    public int PageIndex => _pages.Count;

    /// <summary>Sections in the order they were started, with the page each starts on.</summary>
    public IReadOnlyList<(string Title, int PageIndex)> Sections => _sections;

    private bool IsAtPageTop => _canvas is null || Cursor <= Geometry.Content.Top;

    /// <summary>Closes the current page (if any) and opens a fresh one with the cursor at its top.</summary>
    public void StartPage()
    {
        ClosePage();
        _recorder = new SKPictureRecorder();
        _canvas = _recorder.BeginRecording(Geometry.Bounds);
        Cursor = Geometry.Content.Top;
    }

    /// <summary>
    /// Starts a section, on a new page when <paramref name="onNewPage"/> is set or when less than
    /// <paramref name="keepWithNext"/> points are left, and remembers it for the table of contents.
    /// </summary>
    public void StartSection(string title, bool onNewPage, float keepWithNext = 0f)
    {
        if (onNewPage && !IsAtPageTop)
        {
            StartPage();
        }

        EnsureSpace(keepWithNext);

        EnsurePageOpen();
        _sections.Add((title, PageIndex));
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> points fit below the cursor.</summary>
    /// <remarks>At the top of a page nothing moves: content taller than a page would never fit anywhere.</remarks>
    public void EnsureSpace(float height)
    {
        if (height > Remaining && !IsAtPageTop)
        {
            StartPage();
        }
    }

    /// <summary>Claims a full-width block of <paramref name="height"/> points, on a new page if need be.</summary>
    public SKRect Reserve(float height)
    {
        EnsureSpace(height);
        EnsurePageOpen();
        var block = new SKRect(Left, Cursor, Right, Cursor + height);
        Cursor += height;
        return block;
    }

    /// <summary>Vertical gap; it never carries over to the next page.</summary>
    public void Space(float height)
    {
        EnsurePageOpen();
        Cursor = Math.Min(Cursor + height, Geometry.Content.Bottom);
    }

    /// <summary>Text wrapped to the content width, breaking across pages between lines.</summary>
    public void Paragraph(string text, TextStyle style, float spaceAfter = 0f)
    {
        foreach (var line in TextWrapper.Wrap(text, style, Width))
        {
            var box = Reserve(style.LineHeight);
            style.Draw(Canvas, line, box.Left, box.Top);
        }

        Space(spaceAfter);
    }

    /// <summary>
    /// A heading kept with what follows: it moves to a new page unless <paramref name="keepWithNext"/> points
    /// fit below it.
    /// </summary>
    public void Heading(string text, TextStyle style, float keepWithNext, float spaceAfter)
    {
        var lines = TextWrapper.Wrap(text, style, Width);
        EnsureSpace((lines.Count * style.LineHeight) + spaceAfter + keepWithNext);
        Paragraph(text, style, spaceAfter);
    }

    /// <summary>
    /// Closes the last page and returns every page in order. The layout is done after this; the pictures stay
    /// its own and are disposed with it.
    /// </summary>
    public IReadOnlyList<SKPicture> Finish()
    {
        ClosePage();
        return _pages;
    }

    private void EnsurePageOpen()
    {
        if (_canvas is null)
        {
            StartPage();
        }
    }

    private void ClosePage()
    {
        if (_recorder is null)
        {
            return;
        }

        _pages.Add(_recorder.EndRecording());
        _recorder.Dispose();
        _recorder = null;
        _canvas = null;
    }

    public void Dispose()
    {
        _recorder?.Dispose();
        foreach (var page in _pages)
        {
            page.Dispose();
        }
    }
}
