// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ClusterNet",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ClusterGraph", targets: ["ClusterGraph"]),
        .library(name: "TabularText", targets: ["TabularText"]),
        .library(name: "ClusterStore", targets: ["ClusterStore"]),
        .library(name: "InputOutput", targets: ["InputOutput"]),
        .library(name: "ClusterAlgorithms", targets: ["ClusterAlgorithms"]),
        .library(name: "ClusterAssessment", targets: ["ClusterAssessment"]),
        .library(name: "GraphQuery", targets: ["GraphQuery"]),
        .library(name: "ClusterRender", targets: ["ClusterRender"]),
        .library(name: "ResultFormat", targets: ["ResultFormat"]),
        .library(name: "GraphInterchange", targets: ["GraphInterchange"]),
        .library(name: "ClusterWorkflows", targets: ["ClusterWorkflows"]),
        .library(name: "ClusterServer", targets: ["ClusterServer"]),
        .executable(name: "clusternet", targets: ["clusternet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // The web server of `clusternet serve`; without swift-configuration (we parse our own flags).
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: ["FullFoundation"]),
    ],
    targets: [
        .target(name: "ClusterGraph"),
        .target(name: "TabularText", dependencies: ["ClusterGraph"]),
        .target(
            name: "ClusterStore",
            dependencies: [
                "ClusterGraph", "TabularText",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The bulk import and snapshot loops call sqlite3 directly through the module GRDB wraps.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            plugins: ["EmbedPackageFiles"]
        ),
        // Loads OpenBLAS and LAPACKE when it first inverts a matrix (see LAPACK.swift).
        .target(name: "InputOutput", dependencies: ["ClusterGraph", "TabularText"]),
        // Relaxed atomics over plain arrays for the parallel core decomposition.
        .target(name: "CAtomics"),
        .target(name: "ClusterAlgorithms", dependencies: ["ClusterGraph", "CAtomics"]),
        .target(name: "ClusterAssessment", dependencies: ["ClusterGraph", "ClusterAlgorithms", "InputOutput"],
                plugins: ["EmbedPackageFiles"]),
        .target(
            name: "GraphQuery",
            dependencies: [
                "ClusterStore", .product(name: "GRDB", package: "GRDB.swift"),
                // The query time limit is SQLite's progress handler, which GRDB does not wrap.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "ClusterRender", dependencies: ["ClusterGraph", "CGraphviz"]),
        // JSON documents and tables as every front end writes them (CLI, exports, web server).
        .target(name: "ResultFormat", dependencies: ["ClusterGraph"]),
        .target(name: "GraphInterchange", dependencies: ["ClusterGraph", "ClusterStore", "ClusterRender", "ResultFormat"]),
        // The pipelines a front end runs; the CLI and the server call these and nothing deeper for domain answers.
        .target(
            name: "ClusterWorkflows",
            dependencies: [
                "ClusterGraph", "TabularText", "ClusterStore", "InputOutput", "ClusterAlgorithms", "ClusterAssessment",
                "GraphQuery", "ClusterRender", "ResultFormat",
            ]
        ),
        // The web page and JSON API of `clusternet serve`: routes, pages, escaping, tokens, time limits.
        .target(
            name: "ClusterServer",
            dependencies: [
                "ClusterGraph", "ClusterStore", "GraphQuery", "ClusterRender", "ResultFormat", "GraphInterchange",
                "ClusterWorkflows",
                .product(name: "Hummingbird", package: "hummingbird"),
                // Until GraphQuery takes a time limit itself: interrupting a running query.
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "clusternet",
            dependencies: [
                "ClusterGraph", "TabularText", "ClusterStore", "InputOutput", "ClusterAlgorithms",
                "ClusterAssessment", "GraphQuery", "ClusterRender", "ResultFormat", "GraphInterchange",
                "ClusterWorkflows", "ClusterServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "EmbedPackageFilesTool", path: "Plugins/EmbedPackageFilesTool"),
        .plugin(name: "EmbedPackageFiles", capability: .buildTool(), dependencies: ["EmbedPackageFilesTool"]),

        .target(name: "TestSupport", dependencies: ["ClusterGraph"], path: "Tests/TestSupport"),
        .testTarget(name: "ClusterGraphTests", dependencies: ["ClusterGraph", "TestSupport"]),
        .testTarget(name: "TabularTextTests", dependencies: ["TabularText", "TestSupport"]),
        .testTarget(name: "ClusterStoreTests", dependencies: ["ClusterStore", "TestSupport"]),
        .testTarget(name: "InputOutputTests", dependencies: ["InputOutput", "TestSupport"]),
        .testTarget(name: "ClusterAlgorithmsTests", dependencies: ["ClusterAlgorithms", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "ClusterAssessmentTests", dependencies: ["ClusterAssessment", "TestSupport"]),
        .testTarget(name: "GraphQueryTests", dependencies: ["GraphQuery", "TestSupport"], exclude: ["Golden"]),
        // The openCypher TCK's read features (Tests/CypherTCKTests/Features, Apache 2.0) against GraphQuery.
        .testTarget(name: "CypherTCKTests", dependencies: ["GraphQuery", "ClusterStore", "TestSupport"], exclude: ["Features"]),
        .testTarget(name: "ClusterRenderTests", dependencies: ["ClusterRender", "TestSupport"]),
        .testTarget(name: "ClusterWorkflowsTests",
                    dependencies: ["ClusterWorkflows", "ClusterStore", "ClusterGraph", "ClusterAlgorithms", "ClusterAssessment", "ResultFormat",
                                   "TestSupport"]),
        .testTarget(name: "ResultFormatTests", dependencies: ["ResultFormat", "TestSupport"]),
        .testTarget(name: "clusternetTests", dependencies: ["TestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "ClusterServerTests",
            dependencies: [
                "ClusterServer", "ClusterStore", "ClusterGraph", "ClusterWorkflows", "ResultFormat", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
