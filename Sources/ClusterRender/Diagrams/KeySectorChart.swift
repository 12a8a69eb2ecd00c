import Foundation

/// One sector on the key-sector chart: its Rasmussen–Hirschman backward and forward linkage indices.
public struct KeySectorPoint: Sendable, Hashable {
    public var key: String
    public var label: String
    public var backward: Double
    public var forward: Double

    public init(key: String, label: String, backward: Double, forward: Double) {
        self.key = key
        self.label = label
        self.backward = backward
        self.forward = forward
    }
}

/// The key-sector chart as SVG: backward linkage (x) against forward linkage (y), split at 1 into
/// four labelled quadrants — key sectors (both > 1), backward-oriented, forward-oriented, weak.
///
/// Points carry their sector key; a side list gives each key's name, so the plot itself stays
/// uncluttered. Labels are placed greedily around their point to avoid every point and the labels
/// placed before them.
/// Written directly (no Graphviz), so it needs no layout and is byte-for-byte deterministic.
///
/// ```swift
/// let svg = KeySectorChart.svg([KeySectorPoint(key: "17_18", label: "Paper", backward: 1.21, forward: 1.34)],
///                              title: "Finland 2014")
/// ```
public enum KeySectorChart {
    private static let plotLeft = 70.0, plotTop = 70.0, plotSize = 520.0
    /// Width of one character of an 11-px key in DejaVu Sans (digits are 0.64 em), rounded up.
    private static let listLeft = 640.0, lineHeight = 15.0, characterWidth = 7.1

    private struct Quadrant {
        let name: String
        let fill: String
        let point: String
    }

    private static let keySectors = Quadrant(name: "Key sectors", fill: "#e7f4e4", point: "#1b7837")
    private static let backwardOriented = Quadrant(name: "Backward-oriented", fill: "#e3eef7", point: "#2166ac")
    private static let forwardOriented = Quadrant(name: "Forward-oriented", fill: "#fef0dc", point: "#b35806")
    private static let weak = Quadrant(name: "Weak linkage", fill: "#f5f5f5", point: "#636363")

    /// The SVG document, UTF-8 text.
    ///
    /// - Complexity: O(p²) for p points (label placement checks earlier labels).
    public static func svg(_ points: [KeySectorPoint], title: String? = nil) -> String {
        let sorted = points.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
        let xs = sorted.map(\.backward).filter(\.isFinite), ys = sorted.map(\.forward).filter(\.isFinite)
        let xAxis = Axis(values: xs), yAxis = Axis(values: ys)
        let height = max(plotTop + plotSize + 70, plotTop + 30 + lineHeight * Double(sorted.count + 2))
        let width = listLeft + 300
        func px(_ x: Double) -> Double { plotLeft + (x - xAxis.low) / (xAxis.high - xAxis.low) * plotSize }
        func py(_ y: Double) -> Double { plotTop + plotSize - (y - yAxis.low) / (yAxis.high - yAxis.low) * plotSize }

        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" viewBox="0 0 \(n(width)) \(n(height))" font-family="DejaVu Sans, sans-serif">
            <rect x="0" y="0" width="\(n(width))" height="\(n(height))" fill="white"/>

            """
        if let title {
            svg += "<text x=\"\(n(plotLeft))\" y=\"32\" font-size=\"18\" font-weight=\"bold\">\(text(title))</text>\n"
        }
        // Quadrants, split at index 1 (the economy's average).
        let (midX, midY) = (px(1), py(1))
        let right = plotLeft + plotSize, bottom = plotTop + plotSize
        for (quadrant, x0, y0, x1, y1) in [(forwardOriented, plotLeft, plotTop, midX, midY), (keySectors, midX, plotTop, right, midY),
                                           (weak, plotLeft, midY, midX, bottom), (backwardOriented, midX, midY, right, bottom)] {
            svg += "<rect class=\"quadrant\" x=\"\(n(x0))\" y=\"\(n(y0))\" width=\"\(n(x1 - x0))\" height=\"\(n(y1 - y0))\" fill=\"\(quadrant.fill)\"/>\n"
        }
        svg += "<g font-size=\"13\" font-weight=\"bold\" fill=\"#555555\">\n"
        svg += "<text x=\"\(n(right - 8))\" y=\"\(n(plotTop + 20))\" text-anchor=\"end\">\(keySectors.name) (BL &gt; 1, FL &gt; 1)</text>\n"
        svg += "<text x=\"\(n(plotLeft + 8))\" y=\"\(n(plotTop + 20))\">\(forwardOriented.name)</text>\n"
        svg += "<text x=\"\(n(plotLeft + 8))\" y=\"\(n(bottom - 10))\">\(weak.name)</text>\n"
        svg += "<text x=\"\(n(right - 8))\" y=\"\(n(bottom - 10))\" text-anchor=\"end\">\(backwardOriented.name)</text>\n</g>\n"
        svg += axes(xAxis: xAxis, yAxis: yAxis, px: px, py: py)
        svg += "<line x1=\"\(n(midX))\" y1=\"\(n(plotTop))\" x2=\"\(n(midX))\" y2=\"\(n(bottom))\" stroke=\"#808080\" stroke-dasharray=\"5,4\"/>\n"
        svg += "<line x1=\"\(n(plotLeft))\" y1=\"\(n(midY))\" x2=\"\(n(right))\" y2=\"\(n(midY))\" stroke=\"#808080\" stroke-dasharray=\"5,4\"/>\n"

        // Points and their key labels: every point is an obstacle from the start, and each label
        // goes where it overlaps least of the points and the labels placed before it.
        let plotted = sorted.filter { $0.backward.isFinite && $0.forward.isFinite }
        let positions = plotted.map { (x: px($0.backward), y: py($0.forward)) }
        var occupied = positions.map { Box(x: $0.x - 5, y: $0.y - 5, width: 10, height: 10) }
        svg += "<g font-size=\"11\">\n"
        for (point, (x, y)) in zip(plotted, positions) {
            let quadrant = point.backward > 1 ? (point.forward > 1 ? keySectors : backwardOriented) : (point.forward > 1 ? forwardOriented : weak)
            let (place, far) = labelBox(width: Double(point.key.count) * characterWidth, x: x, y: y, avoiding: occupied)
            occupied.append(place)
            svg += "<g class=\"sector\"><title>\(text(point.key)) — \(text(point.label)): backward \(n(point.backward, 3)), forward \(n(point.forward, 3))</title>"
            if far {
                // A label pushed a step away gets a leader line, so it is not read as a neighbour's.
                let (toX, toY) = (min(max(x, place.x), place.x + place.width), min(max(y, place.y), place.y + place.height))
                svg += "<line x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(toX))\" y2=\"\(n(toY))\" stroke=\"#808080\" stroke-width=\"0.7\"/>"
            }
            svg += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4\" fill=\"\(quadrant.point)\"/>"
            svg += "<text x=\"\(n(place.x))\" y=\"\(n(place.y + 10))\">\(text(point.key))</text></g>\n"
        }
        svg += "</g>\n"

        // The key → name list.
        svg += "<g font-size=\"11\">\n<text x=\"\(n(listLeft))\" y=\"\(n(plotTop))\" font-weight=\"bold\">Sectors</text>\n"
        for (row, point) in sorted.enumerated() {
            let y = plotTop + lineHeight * Double(row + 1)
            let name = point.label.count > 42 ? String(point.label.prefix(41)) + "…" : point.label
            svg += "<text x=\"\(n(listLeft))\" y=\"\(n(y))\"><tspan font-weight=\"bold\">\(text(point.key))</tspan> \(text(name))</text>\n"
        }
        return svg + "</g>\n</svg>\n"
    }

    private static func axes(xAxis: Axis, yAxis: Axis, px: (Double) -> Double, py: (Double) -> Double) -> String {
        let right = plotLeft + plotSize, bottom = plotTop + plotSize
        var svg = "<rect x=\"\(n(plotLeft))\" y=\"\(n(plotTop))\" width=\"\(n(plotSize))\" height=\"\(n(plotSize))\" fill=\"none\" stroke=\"#404040\"/>\n"
        svg += "<g font-size=\"11\" fill=\"#404040\">\n"
        for tick in xAxis.ticks {
            svg += "<line x1=\"\(n(px(tick)))\" y1=\"\(n(bottom))\" x2=\"\(n(px(tick)))\" y2=\"\(n(bottom + 5))\" stroke=\"#404040\"/>"
            svg += "<text x=\"\(n(px(tick)))\" y=\"\(n(bottom + 18))\" text-anchor=\"middle\">\(n(tick, 2))</text>\n"
        }
        for tick in yAxis.ticks {
            svg += "<line x1=\"\(n(plotLeft - 5))\" y1=\"\(n(py(tick)))\" x2=\"\(n(plotLeft))\" y2=\"\(n(py(tick)))\" stroke=\"#404040\"/>"
            svg += "<text x=\"\(n(plotLeft - 8))\" y=\"\(n(py(tick) + 4))\" text-anchor=\"end\">\(n(tick, 2))</text>\n"
        }
        svg += "<text x=\"\(n((plotLeft + right) / 2))\" y=\"\(n(bottom + 40))\" text-anchor=\"middle\" font-size=\"13\">Backward linkage (BL, Leontief column sums, average = 1)</text>\n"
        svg += "<text transform=\"translate(\(n(plotLeft - 45)),\(n((plotTop + bottom) / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">Forward linkage (FL, Ghosh row sums, average = 1)</text>\n"
        return svg + "</g>\n"
    }

    /// A value range that includes 1 and the data, padded and cut at round ticks.
    private struct Axis {
        let low: Double, high: Double, ticks: [Double]

        init(values: [Double]) {
            let minimum = min(values.min() ?? 1, 1), maximum = max(values.max() ?? 1, 1)
            let span = max(maximum - minimum, 0.2)
            let rough = span / 6
            let magnitude = pow(10, floor(log10(rough)))
            let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
            low = floor((minimum - span * 0.05) / step) * step
            high = ceil((maximum + span * 0.05) / step) * step
            ticks = stride(from: low, through: high + step / 2, by: step).map { ($0 / step).rounded() * step }
        }
    }

    private struct Box {
        let x: Double, y: Double, width: Double, height: Double
    }

    /// Where a label of `width` goes beside the point at (`x`, `y`): right, left, above, below and
    /// the diagonals first, then the same a step further out (`far`); the first with the least overlap.
    private static func labelBox(width: Double, x: Double, y: Double, avoiding occupied: [Box]) -> (box: Box, far: Bool) {
        var candidates: [Box] = []
        for gap in [6.0, 14.0] {
            candidates += [Box(x: x + gap, y: y - 6, width: width, height: 12), Box(x: x - gap - width, y: y - 6, width: width, height: 12),
                           Box(x: x - width / 2, y: y - 7 - gap, width: width, height: 12), Box(x: x - width / 2, y: y - 5 + gap, width: width, height: 12),
                           Box(x: x + gap - 1, y: y - 10 - gap, width: width, height: 12), Box(x: x + gap - 1, y: y - 3 + gap, width: width, height: 12),
                           Box(x: x - gap + 1 - width, y: y - 10 - gap, width: width, height: 12),
                           Box(x: x - gap + 1 - width, y: y - 3 + gap, width: width, height: 12)]
        }
        let best = candidates.indices.min { overlap(candidates[$0], occupied) < overlap(candidates[$1], occupied) } ?? 0
        return (candidates[best], best >= 8)
    }

    private static func overlap(_ box: Box, _ others: [Box]) -> Double {
        var total = 0.0
        for other in others {
            let dx = min(box.x + box.width, other.x + other.width) - max(box.x, other.x)
            let dy = min(box.y + box.height, other.y + other.height) - max(box.y, other.y)
            if dx > 0, dy > 0 { total += dx * dy }
        }
        // Leaving the plot counts as overlapping.
        if box.x < plotLeft || box.x + box.width > plotLeft + plotSize || box.y < plotTop || box.y + box.height > plotTop + plotSize {
            total += box.width * box.height
        }
        return total
    }

    private static func n(_ value: Double, _ digits: Int = 1) -> String {
        NumberText.decimal(value, maximumFractionDigits: digits)
    }

    private static func text(_ value: String) -> String {
        XMLText.escaped(value, lineBreak: " ")
    }
}
