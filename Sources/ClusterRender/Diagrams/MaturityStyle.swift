/// Colours of the four maturity classes, and the legend that explains them.
///
/// The palette is ColorBrewer-derived and distinguishable in greyscale print: strong (green) and
/// stable (blue) are dark, potential (orange) is mid-tone, latent (grey, dashed box) is light.
public struct MaturityStyle: Sendable, Hashable {
    /// Fill of the member nodes.
    public let nodeFill: String
    /// Fill of the cluster's box.
    public let boxFill: String
    /// Outline of the box and of the member nodes.
    public let border: String
    /// Graphviz `style` of the box.
    public let boxStyle: String

    /// The classes in the order the legend lists them.
    public static let classes = ["strong", "stable", "potential", "latent", "unclassified", "not a cluster", "local economy"]

    /// The style of `maturity` (case-insensitive); unknown or missing classes get a neutral style.
    public static func of(_ maturity: String?) -> MaturityStyle {
        switch maturity?.lowercased() {
        case "strong": return MaturityStyle(nodeFill: "#7fbf7b", boxFill: "#e7f4e4", border: "#1b7837", boxStyle: "filled,rounded,bold")
        case "stable": return MaturityStyle(nodeFill: "#92c5de", boxFill: "#e3eef7", border: "#2166ac", boxStyle: "filled,rounded,bold")
        case "potential": return MaturityStyle(nodeFill: "#fdb863", boxFill: "#fef0dc", border: "#b35806", boxStyle: "filled,rounded")
        case "latent": return MaturityStyle(nodeFill: "#d9d9d9", boxFill: "#f7f7f7", border: "#636363", boxStyle: "filled,rounded,dashed")
        // Outcomes that are not classes: pale, so the four classes stand out.
        case "unclassified": return MaturityStyle(nodeFill: "#ffffff", boxFill: "#ffffff", border: "#969696", boxStyle: "filled,rounded,dashed")
        case "not a cluster": return MaturityStyle(nodeFill: "#f0f0f0", boxFill: "#ffffff", border: "#bdbdbd", boxStyle: "filled,rounded,dotted")
        case "local economy": return MaturityStyle(nodeFill: "#fff7bc", boxFill: "#fffdf0", border: "#bdbdbd", boxStyle: "filled,rounded,dotted")
        default: return MaturityStyle(nodeFill: "#ffffff", boxFill: "#fbfbfb", border: "#8c8c8c", boxStyle: "filled,rounded")
        }
    }

    /// Fills for clusters without a class (plain communities), told apart by colour: ColorBrewer
    /// Set3, repeating after twelve.
    private static let communityFills = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
                                         "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"]

    /// The style of the cluster at `position` in a diagram: by its class when it has one, else a
    /// community colour.
    static func of(_ maturity: String?, position: Int) -> MaturityStyle {
        if let maturity, classes.contains(maturity.lowercased()) { return of(maturity) }
        let fill = communityFills[position % communityFills.count]
        return MaturityStyle(nodeFill: fill, boxFill: "#fbfbfb", border: "#737373", boxStyle: "filled,rounded")
    }

    /// What each class means, in a few words for the legend (after ETLA's categories).
    static func meaning(of maturity: String) -> String {
        switch maturity {
        case "strong": return "strong: balanced, export-oriented, tightly linked"
        case "stable": return "stable: growing, not yet full agglomeration gains"
        case "potential": return "potential: uneven structure"
        case "latent": return "latent: strong members, weak links"
        case "unclassified": return "unclassified: dynamics unknown or no class fits"
        case "not a cluster": return "not a cluster: a single sector"
        case "local economy": return "local economy: serves the home market"
        default: return maturity
        }
    }

    /// Rows of an HTML-like legend table (two cells each: swatch, text) for the classes among
    /// `present`, in legend order; empty when none is known.
    static func legendRows(present: Set<String>) -> [String] {
        classes.filter { present.contains($0) }.map { name in
            let style = MaturityStyle.of(name)
            return "<TR><TD BGCOLOR=\"\(style.nodeFill)\" COLOR=\"\(style.border)\" BORDER=\"1\" WIDTH=\"16\" HEIGHT=\"12\"></TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(meaning(of: name)))</TD></TR>"
        }
    }
}
