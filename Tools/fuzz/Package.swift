// swift-tools-version: 6.1
// libFuzzer targets for ClusterNet's parsers, built on their own with the libraries taken from
// the repository by path (`Tools/fuzz/run`, which `make fuzz` calls, builds, seeds and runs them):
//
//     swift build -c debug -Xswiftc -sanitize=address \
//         -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table
//
// Every module gets the address sanitizer and the coverage -sanitize=fuzzer would add, so the
// fuzzer is guided through the libraries; only the fuzz targets link libFuzzer (their own
// -sanitize=fuzzer), because the main package's schema-embedding build tool must stay an
// ordinary program. SwiftPM renames an executable's `main` on Linux, so each target has its own
// main and hands its test function to libFuzzer's driver (FuzzDriver, over CFuzzerDriver's declaration).
import PackageDescription

func fuzzer(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzDriver"] + products.map { .product(name: $0, package: "ClusterNet") },
        swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])])
}

let package = Package(
    name: "ClusterNetFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "ClusterNet", path: "../..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzDriver", dependencies: ["CFuzzerDriver"]),
        fuzzer("FuzzDelimitedText", ["TabularText"]),
        fuzzer("FuzzIOTable", ["InputOutput", "TabularText"]),
        fuzzer("FuzzNodeLinkJSON", ["GraphInterchange", "ClusterStore", "ClusterGraph"]),
        fuzzer("FuzzCypher", ["GraphQuery", "ClusterStore", "ClusterGraph"]),
    ],
    swiftLanguageModes: [.v6]
)
