import CFuzzerDriver
import Foundation

/// Runs libFuzzer with the process's arguments (`-max_total_time=60 corpus/`, …) on `test`,
/// which gets each input's bytes, and exits with libFuzzer's status.
public func runFuzzer(_ test: @escaping @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}

/// The input as an array.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}
