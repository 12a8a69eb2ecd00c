/// Small multiples for a comparison of clusters across graphs (years, regions, countries): one
/// row of panels per cluster, one column per measure (RCA, world share, output, …), the graphs
/// along each panel's x axis. Each point is coloured by the cluster's maturity class in that
/// graph, so a change of class shows where it happens.
///
/// The chart is laid out here, every element at a fixed position, and drawn by Graphviz (the
/// document's nodes are pinned, so neato keeps them where they are): SVG, PNG and PDF come from
/// the same geometry, as every other ClusterRender diagram.
///
/// ```swift
/// let chart = ComparisonChart(
///     title: "Finland 1995–2011, template etla", xLabels: ["1995", "2000", "2005", "2011"], connected: true,
///     measures: [.init(title: "RCA", format: .ratio, reference: 1), .init(title: "World share", format: .percent)],
///     rows: [.init(title: "forest", values: [[7.1, 6.9, 6.0, 6.8], [0.05, 0.045, 0.037, 0.036]],
///                  classes: ["strong", "strong", "strong", "strong"])])
/// let png = try chart.diagram().render(format: .png)
/// ```
public struct ComparisonChart: Sendable, Hashable {
    /// How a measure's values are written on the axis.
    public enum ValueFormat: Sendable, Hashable {
        /// 1.23
        case ratio
        /// 4.5 % (values are shares: 0.045)
        case percent
        /// 12.3k, 1.2M
        case amount
    }

    public struct Measure: Sendable, Hashable {
        public var title: String
        public var format: ValueFormat
        /// A value marked by a dashed line (RCA = 1: as export-specialised as the world).
        public var reference: Double?

        public init(title: String, format: ValueFormat, reference: Double? = nil) {
            self.title = title
            self.format = format
            self.reference = reference
        }
    }

    public struct Row: Sendable, Hashable {
        public var title: String
        /// `values[measure][x]`; nil where the value is missing.
        public var values: [[Double?]]
        /// The class at each x (nil: the cluster is not in that graph or has no class).
        public var classes: [String?]

        public init(title: String, values: [[Double?]], classes: [String?]) {
            self.title = title
            self.values = values
            self.classes = classes
        }
    }

    public var title: String
    public var subtitle: String?
    public var xLabels: [String]
    /// True for a series (years): points are joined by lines; false for a cross-section, where
    /// each point stands on a stem from the panel's baseline.
    public var connected: Bool
    public var measures: [Measure]
    public var rows: [Row]

    public init(title: String, subtitle: String? = nil, xLabels: [String], connected: Bool, measures: [Measure], rows: [Row]) {
        self.title = title
        self.subtitle = subtitle
        self.xLabels = xLabels
        self.connected = connected
        self.measures = measures
        self.rows = rows
    }

    // Geometry in points, y downwards; converted to Graphviz's upward y when written.
    private static let margin = 16.0, rowTitleWidth = 160.0, panelHeight = 74.0, axisWidth = 40.0
    private static let columnGap = 14.0, rowGap = 14.0, headerHeight = 96.0, xLabelHeight = 16.0

    private var panelWidth: Double { max(140, 34 * Double(xLabels.count) + 24) }
    private var width: Double {
        Self.margin * 2 + Self.rowTitleWidth + Double(measures.count) * (Self.axisWidth + panelWidth + Self.columnGap)
    }
    private var height: Double {
        Self.headerHeight + Double(rows.count) * (Self.panelHeight + Self.rowGap) + Self.xLabelHeight + Self.margin
    }

    /// The chart as a Graphviz document with every element pinned, for ``Diagram/render(format:)``.
    ///
    /// - Complexity: O(rows · measures · x).
    public func diagram() -> Diagram {
        var canvas = Canvas(height: height)
        canvas.document.graph(["inputscale": 72, "splines": "line", "outputorder": "nodesfirst", "bgcolor": "white",
                               "pad": 0.1, "fontname": "DejaVu Sans"])
        canvas.document.nodeDefaults(["fontname": "DejaVu Sans", "label": "", "margin": 0])
        canvas.document.edgeDefaults(["dir": "none"])
        canvas.text(title, x: Self.margin, y: Self.margin, width: width - 2 * Self.margin, size: 15, bold: true)
        if let subtitle {
            canvas.text(subtitle, x: Self.margin, y: Self.margin + 20, width: width - 2 * Self.margin, size: 10, color: "#404040")
        }
        legend(&canvas)
        let panelsLeft = Self.margin + Self.rowTitleWidth
        for (column, measure) in measures.enumerated() {
            let left = panelsLeft + Double(column) * (Self.axisWidth + panelWidth + Self.columnGap) + Self.axisWidth
            canvas.text(measure.title, x: left, y: Self.headerHeight - 18, width: panelWidth, size: 11, bold: true, align: "CENTER")
        }
        for (rowIndex, row) in rows.enumerated() {
            let top = Self.headerHeight + Double(rowIndex) * (Self.panelHeight + Self.rowGap)
            canvas.text(row.title, x: Self.margin, y: top + 4, width: Self.rowTitleWidth - 12, height: Self.panelHeight - 8,
                        size: 10, bold: true, wrap: true)
            for (column, measure) in measures.enumerated() {
                let left = panelsLeft + Double(column) * (Self.axisWidth + panelWidth + Self.columnGap) + Self.axisWidth
                let values = column < row.values.count ? row.values[column] : []
                panel(&canvas, left: left, top: top, measure: measure, values: values, classes: row.classes,
                      tip: "\(row.title) · \(measure.title)", xLabels: rowIndex == rows.count - 1)
            }
        }
        return Diagram(document: canvas.document, engine: .neato)
    }

    private func legend(_ canvas: inout Canvas) {
        let present = Set(rows.flatMap(\.classes).compactMap { $0?.lowercased() })
        var x = Self.margin
        let y = Self.margin + 40
        for name in MaturityStyle.classes where present.contains(name) {
            let style = MaturityStyle.of(name)
            canvas.marker(x: x + 5, y: y + 7, fill: style.nodeFill, border: style.border, tip: name)
            canvas.text(name, x: x + 13, y: y, width: 62, size: 9)
            x += 78
        }
        let unclassedPoint = rows.contains { row in
            row.classes.indices.contains { x in row.classes[x] == nil && row.values.contains { x < $0.count && $0[x] != nil } }
        }
        if present.contains(where: { !MaturityStyle.classes.contains($0) }) || unclassedPoint {
            let style = MaturityStyle.of(nil)
            canvas.marker(x: x + 5, y: y + 7, fill: style.nodeFill, border: style.border, tip: "no class")
            canvas.text("no class", x: x + 13, y: y, width: 62, size: 9)
            x += 78
        }
        if let reference = measures.first(where: { $0.reference != nil }), let value = reference.reference {
            canvas.line(from: (x, y + 7), to: (x + 22, y + 7), color: "#808080", dashed: true)
            canvas.text("\(reference.title) = \(Self.format(value, reference.format))", x: x + 27, y: y, width: 120, size: 9)
        }
    }

    private func panel(_ canvas: inout Canvas, left: Double, top: Double, measure: Measure, values: [Double?], classes: [String?],
                       tip: String, xLabels showLabels: Bool) {
        let bottom = top + Self.panelHeight
        canvas.box(x: left, y: top, width: panelWidth, height: Self.panelHeight, fill: "#f7f7f7", border: "#bdbdbd")
        let present = values.compactMap { $0 }.filter(\.isFinite)
        let low = min(0, present.min() ?? 0, measure.reference ?? 0)
        var high = max(present.max() ?? 1, measure.reference.map { $0 * 1.05 } ?? 0)
        if high <= low { high = low + 1 }
        let inset = 8.0
        func py(_ value: Double) -> Double { bottom - inset - (value - low) / (high - low) * (Self.panelHeight - 2 * inset) }
        let step = xLabels.count > 1 ? (panelWidth - 2 * 14) / Double(xLabels.count - 1) : 0
        func px(_ index: Int) -> Double { xLabels.count > 1 ? left + 14 + Double(index) * step : left + panelWidth / 2 }

        for tick in [low, high] {
            canvas.text(Self.format(tick, measure.format), x: left - Self.axisWidth - 2, y: py(tick) - 6, width: Self.axisWidth - 2,
                        height: 12, size: 7, color: "#525252", align: "RIGHT")
            canvas.line(from: (left - 3, py(tick)), to: (left, py(tick)), color: "#737373", dashed: false)
        }
        if let reference = measure.reference, reference > low, reference < high {
            canvas.line(from: (left, py(reference)), to: (left + panelWidth, py(reference)), color: "#808080", dashed: true)
        }
        var previous: String?
        for (index, value) in values.enumerated() {
            guard let value, value.isFinite else { previous = nil; continue }
            let className = index < classes.count ? classes[index] : nil
            let style = MaturityStyle.of(className)
            let label = index < xLabels.count ? xLabels[index] : ""
            let marker = canvas.marker(x: px(index), y: py(value), fill: style.nodeFill, border: style.border,
                                       tip: "\(tip), \(label): \(Self.format(value, measure.format))" + (className.map { " (\($0))" } ?? ""))
            if connected, let previous {
                canvas.document.edge(from: previous, to: marker, ["color": "#525252", "penwidth": 1.2])
            } else if !connected {
                let base = canvas.point(x: px(index), y: py(max(low, 0)))
                canvas.document.edge(from: base, to: marker, ["color": "#969696", "penwidth": 2, "tailclip": "false"])
            }
            previous = marker
        }
        if showLabels {
            for (index, label) in xLabels.enumerated() {
                let labelWidth = max(step, 40)
                canvas.text(label, x: px(index) - labelWidth / 2, y: bottom + 3, width: labelWidth, height: 12, size: 8,
                            color: "#404040", align: "CENTER")
            }
        }
    }

    /// A value as the axis writes it.
    static func format(_ value: Double, _ format: ValueFormat) -> String {
        switch format {
        case .ratio: return NumberText.decimal(value, maximumFractionDigits: 2)
        case .percent: return NumberText.decimal(value * 100, maximumFractionDigits: 1) + " %"
        case .amount:
            let magnitude = abs(value)
            if magnitude >= 1e6 { return NumberText.decimal(value / 1e6, maximumFractionDigits: 1) + "M" }
            if magnitude >= 1e3 { return NumberText.decimal(value / 1e3, maximumFractionDigits: 1) + "k" }
            return NumberText.decimal(value, maximumFractionDigits: 1)
        }
    }
}

/// A DOT document of pinned elements, placed with y downwards on a canvas `height` points tall.
private struct Canvas {
    var document = DOTDocument(directed: false)
    let height: Double
    private var count = 0

    init(height: Double) {
        self.height = height
    }

    private mutating func nextId() -> String {
        defer { count += 1 }
        return "n\(count)"
    }

    private func pos(_ x: Double, _ y: Double) -> DOTValue {
        .text(NumberText.decimal(x, maximumFractionDigits: 2) + "," + NumberText.decimal(height - y, maximumFractionDigits: 2) + "!")
    }

    /// Text in a box whose top-left corner is (`x`, `y`), aligned `LEFT`, `CENTER` or `RIGHT`.
    /// With `wrap`, lines break between words to fit the width (at most four lines).
    mutating func text(_ text: String, x: Double, y: Double, width: Double, height: Double = 16, size: Double,
                       bold: Bool = false, color: String = "#000000", align: String = "LEFT", wrap: Bool = false) {
        let lines = wrap ? Self.lines(text, width: width, size: size) : [text]
        let body = lines.map(DOTEscaping.html).joined(separator: "<BR/>")
        let cell = "<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"\(Int(width.rounded()))\" "
            + "HEIGHT=\"\(Int(height.rounded()))\" ALIGN=\"\(align)\" BALIGN=\"\(align)\"><FONT POINT-SIZE=\"\(NumberText.decimal(size, maximumFractionDigits: 1))\" "
            + "COLOR=\"\(color)\">\(bold ? "<B>\(body)</B>" : body)</FONT></TD></TR></TABLE>"
        document.node(nextId(), ["shape": "plaintext", "width": .number(width / 72), "height": .number(height / 72),
                                 "label": .html(cell), "pos": pos(x + width / 2, y + height / 2)])
    }

    /// Words of `text` in lines of about `width` points of `size`-point DejaVu Sans (0.6 em a
    /// character on average, bold included), a longer word on a line of its own; four lines at most.
    static func lines(_ text: String, width: Double, size: Double) -> [String] {
        let perLine = max(8, Int(width / (size * 0.62)))
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > perLine {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > 4 { lines = Array(lines.prefix(3)) + [lines.dropFirst(3).joined(separator: " ")] }
        return lines
    }

    /// A rectangle with its top-left corner at (`x`, `y`).
    mutating func box(x: Double, y: Double, width: Double, height: Double, fill: String, border: String) {
        document.node(nextId(), ["shape": "box", "fixedsize": "true", "width": .number(width / 72), "height": .number(height / 72),
                                 "style": "filled", "fillcolor": .text(fill), "color": .text(border), "penwidth": 0.8,
                                 "pos": pos(x + width / 2, y + height / 2)])
    }

    /// A round marker centred at (`x`, `y`); its id, for lines that join markers.
    @discardableResult
    mutating func marker(x: Double, y: Double, fill: String, border: String, tip: String) -> String {
        let id = nextId()
        document.node(id, ["shape": "circle", "fixedsize": "true", "width": 0.11, "style": "filled", "fillcolor": .text(fill),
                           "color": .text(border), "penwidth": 1.2, "tooltip": .text(tip), "pos": pos(x, y)])
        return id
    }

    /// An invisible point at (`x`, `y`) for a line to start or end at.
    mutating func point(x: Double, y: Double) -> String {
        let id = nextId()
        document.node(id, ["shape": "point", "width": 0.01, "style": "invis", "pos": pos(x, y)])
        return id
    }

    mutating func line(from start: (Double, Double), to end: (Double, Double), color: String, dashed: Bool) {
        let from = point(x: start.0, y: start.1), to = point(x: end.0, y: end.1)
        var attributes: DOTAttributes = ["color": .text(color), "penwidth": 0.8, "headclip": "false", "tailclip": "false"]
        if dashed { attributes["style"] = "dashed" }
        document.edge(from: from, to: to, attributes)
    }
}
