import CGraphviz
import Foundation

/// Lays out and renders DOT documents with Graphviz's C library, inside the process.
///
/// Graphviz keeps global state and is not thread-safe, so the process has one renderer
/// (``shared``) owning one long-lived context, and every call runs under its lock. Each call
/// frees what it allocates (layout, graph, output buffer) before returning, so memory stays flat
/// however many diagrams are drawn.
///
/// ```swift
/// let svg = try GraphvizRenderer.shared.render(document, engine: .fdp, format: .svg)
/// try Data(svg).write(to: URL(fileURLWithPath: "clusters.svg"))
/// ```
public final class GraphvizRenderer: @unchecked Sendable {
    // @unchecked: `context` is only touched while `lock` is held.
    private let lock = NSLock()
    private let context: OpaquePointer?

    /// The process's renderer.
    public static let shared = GraphvizRenderer()

    private init() {
        // Messages go to Graphviz's error buffer (read back with aglasterr) instead of stderr,
        // so a failure reaches the user once, as a RenderError.
        agseterr(AGMAX)
        clusternet_prepare()
        context = gvContext()
    }

    /// The bytes of `document` laid out by `engine` in `format`; for `.dot`, the document's own
    /// text without layout.
    ///
    /// Output is deterministic: force-directed layouts are seeded by the document (`start`), every
    /// layout starts from the C random state of a fresh process, Graphviz's own auxiliary graphs
    /// get address-ordered memory (see `Sources/CGraphviz/shim.h`), and the creation date cairo
    /// writes into PDF files is replaced by a fixed one.
    ///
    /// - Complexity: that of the Graphviz engine; sfdp is roughly O(n log n) for n nodes.
    public func render(_ document: DOTDocument, engine: LayoutEngine, format: RenderFormat) throws -> [UInt8] {
        if format == .dot { return Array(document.text.utf8) }
        let bytes = try lock.withLock { try renderLocked(document.text, engine: engine, format: format) }
        return format == .pdf ? PDFDate.normalized(bytes) : bytes
    }

    /// Runs `body` under the renderer's lock, for code that calls Graphviz's C API itself (a test
    /// reading a document back with the shim's reader): Graphviz's parser has global state, so a
    /// second thread parsing while a diagram renders corrupts both.
    public func withExclusiveAccess<Result>(_ body: () throws -> Result) rethrows -> Result {
        try lock.withLock(body)
    }

    private func renderLocked(_ text: String, engine: LayoutEngine, format: RenderFormat) throws -> [UInt8] {
        // Laying out to DOT first rounds positions to what the document can hold; drawing that
        // with "nop2" (keep the given positions) gives SVG, PNG and PDF the very same geometry.
        let positioned = try layOut(text, engine: engine.rawValue, format: "dot", reported: (engine, format))
        return try layOut(String(decoding: positioned, as: UTF8.self), engine: "nop2", format: format.rawValue, reported: (engine, format))
    }

    private func layOut(_ text: String, engine: String, format: String, reported: (LayoutEngine, RenderFormat)) throws -> [UInt8] {
        guard let context else { throw RenderError.contextUnavailable }
        guard let graph = text.withCString({ clusternet_read_graph($0) }) else {
            throw RenderError.unreadableDocument(message: Self.lastError())
        }
        // fdp alone needs ordered memory (see Sources/CGraphviz/shim.h); its arenas outlive every
        // graph of the layout, so they are released after the document is closed.
        let ordered = engine == LayoutEngine.fdp.rawValue
        defer { if ordered { clusternet_release_arenas() } }
        defer { agclose(graph) }
        clusternet_reset_random()
        if ordered { clusternet_begin_ordered_heaps() }
        let status = gvLayout(context, graph, engine)
        if ordered { clusternet_end_ordered_heaps() }
        guard status == 0 else {
            throw RenderError.graphvizFailed(step: "lay out", engine: reported.0, format: reported.1, message: Self.lastError())
        }
        defer { gvFreeLayout(context, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format, &data, &length) == 0, let data else {
            throw RenderError.graphvizFailed(step: "render", engine: reported.0, format: reported.1, message: Self.lastError())
        }
        defer { gvFreeRenderData(data) }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    /// The last message Graphviz recorded, or an empty string.
    private static func lastError() -> String {
        guard let message = aglasterr() else { return "" }
        defer { free(message) }
        return String(cString: message)
    }
}
