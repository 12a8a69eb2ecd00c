/// Text as SQLite holds it for the row being read: UTF-8 bytes valid only inside the callback
/// that received them. Writers copy the bytes straight to their output; ``string`` makes a copy
/// to keep.
///
/// ```swift
/// try stream.forEachNode { node in keys.append(node.key.string) }
/// ```
public struct RowText {
    public let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
