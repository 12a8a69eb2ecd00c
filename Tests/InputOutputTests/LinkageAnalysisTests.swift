import ClusterGraph
@testable import InputOutput
import Testing

@Suite struct LinkageAnalysisTests {
    /// Published values: /work/shared/data/germany-1995/README.md (Eurostat manual, ch. 15).
    static let publishedMultipliers = [1.705, 1.841, 1.814, 1.604, 1.595, 1.378]
    static let publishedBackward = [1.029, 1.112, 1.095, 0.968, 0.963, 0.832]
    static let publishedForwardGhosh = [1.260, 1.009, 0.809, 0.945, 1.255, 0.722]

    private func byGermanyOrder(_ analysis: LinkageAnalysis) -> [SectorLinkage] {
        IOFixtures.germanyKeys.compactMap { key in analysis.sectors.first { $0.key == key } }
    }

    @Test func germany1995ReproducesPublishedMultipliersAndIndices() throws {
        let analysis = try LinkageAnalysis(graph: IOFixtures.germany1995(), graphName: "de1995")
        let sectors = byGermanyOrder(analysis)
        #expect(sectors.count == 6)
        for (index, sector) in sectors.enumerated() {
            #expect(abs(sector.multiplier - Self.publishedMultipliers[index]) < 0.0005, "\(sector.key) multiplier")
            #expect(abs(sector.backward - Self.publishedBackward[index]) < 0.0005, "\(sector.key) backward")
            #expect(abs(sector.forward - Self.publishedForwardGhosh[index]) < 0.0005, "\(sector.key) forward")
        }
        #expect(analysis.convention == .ghosh)
        #expect(sectors.filter { $0.type == .key }.map(\.key) == ["agriculture", "manufacturing"])
        #expect(sectors.map(\.type) == [.key, .key, .backwardOriented, .weak, .forwardOriented, .weak])
        #expect(analysis.notices.first?.contains("ghosh") == true)
    }

    @Test func leontiefConventionUsesRowsOfTheLeontiefInverse() throws {
        let graph = IOFixtures.germany1995()
        let table = try FlowMatrix(graph: graph, graphName: "de1995")
        let leontief = try table.leontiefInverse()
        let analysis = try LinkageAnalysis(table: table, forward: .leontief)
        let rows = leontief.rowSums()
        let mean = rows.reduce(0, +) / 6
        for (i, sector) in analysis.sectors.enumerated() {
            #expect(abs(sector.forward - rows[i] / mean) < 1e-12)
        }
        #expect(analysis.convention == .leontief)
    }

    @Test func inversesSatisfyTheirDefinitions() throws {
        let table = try FlowMatrix(graph: IOFixtures.germany1995(), graphName: "de1995")
        let a = table.technicalCoefficients(), l = try table.leontiefInverse()
        // (I - A) L = I
        for i in 0..<6 {
            for j in 0..<6 {
                var entry = l[i, j]
                for k in 0..<6 { entry -= a[i, k] * l[k, j] }
                #expect(abs(entry - (i == j ? 1 : 0)) < 1e-12)
            }
        }
        // (I - B) G = I, with G taken from L via G = X^-1 L X.
        let b = table.allocationCoefficients(), g = table.ghoshInverse(leontief: l)
        for i in 0..<6 {
            for j in 0..<6 {
                var entry = g[i, j]
                for k in 0..<6 { entry -= b[i, k] * g[k, j] }
                #expect(abs(entry - (i == j ? 1 : 0)) < 1e-12)
            }
        }
        // Sectors are in key order: manufacturing sells 7,930 to agriculture.
        let agriculture = try #require(table.keys.firstIndex(of: "agriculture"))
        let manufacturing = try #require(table.keys.firstIndex(of: "manufacturing"))
        #expect(abs(a[manufacturing, agriculture] - 7930.0 / 43910) < 1e-15)
        #expect(abs(b[manufacturing, agriculture] - 7930.0 / 1_079_400) < 1e-15)
    }

    @Test func coefficientOfVariationFollowsRasmussen() throws {
        let table = try FlowMatrix(graph: IOFixtures.germany1995(), graphName: "de1995")
        let l = try table.leontiefInverse()
        let analysis = try LinkageAnalysis(table: table)
        let column = (0..<6).map { l[$0, 0] }
        let mean = column.reduce(0, +) / 6
        let deviation = (column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 5).squareRoot()
        #expect(abs(analysis.sectors[0].backwardVariation - deviation / mean) < 1e-12)
        #expect(analysis.sectors.allSatisfy { $0.forwardVariation > 0 && $0.backwardVariation > 0 })
    }

    @Test func emptySectorsAreLeftOutWithANotice() throws {
        let graph = IOFixtures.graph(
            keys: ["a", "coal", "b", "ore"],
            flows: [[1, 0, 2, 0], [0, 0, 0, 0], [3, 0, 1, 0], [0, 0, 0, 0]],
            attributes: ["output": [10, 0, 20, nil]])
        let analysis = try LinkageAnalysis(graph: graph, graphName: "tiny")
        #expect(analysis.sectors.map(\.key) == ["a", "b"])
        #expect(analysis.omittedSectors == ["coal", "ore"])
        #expect(analysis.notices.contains { $0.contains("coal, ore") })
        #expect(analysis.sectors.allSatisfy { $0.multiplier.isFinite && $0.forward.isFinite })
    }

    @Test func zeroOutputWithInputsIsAnErrorNamingTheSector() {
        let graph = IOFixtures.graph(keys: ["a", "b"], flows: [[1, 2], [0, 0]], attributes: ["output": [10, 0]])
        #expect(throws: LinkageAnalysisError.zeroOutputWithFlows(graph: "tiny", sector: "b", output: 0)) {
            try LinkageAnalysis(graph: graph, graphName: "tiny")
        }
    }

    @Test func columnSumAtLeastOneIsAnErrorNamingTheSector() {
        let graph = IOFixtures.graph(keys: ["a", "b"], flows: [[1, 6], [2, 5]], attributes: ["output": [10, 10]])
        do {
            _ = try LinkageAnalysis(graph: graph, graphName: "tiny")
            Issue.record("expected an error")
        } catch {
            guard case .unproductiveColumn(_, let sector, let sum) = error else { Issue.record("wrong error \(error)"); return }
            #expect(sector == "b")
            #expect(abs(sum - 1.1) < 1e-12)
            #expect(error.description.contains("'b'"))
        }
    }

    @Test func singularMatrixIsAnErrorNamingTheSector() {
        // Non-negative tables with column sums below one always invert; a negative flow (a
        // subsidy row, a correction) can still make I - A = [[-0.5, -0.5], [1, 1]] singular.
        let graph = IOFixtures.graph(keys: ["a", "b"], flows: [[15, 5], [-10, 0]], attributes: ["output": [10, 10]])
        #expect(throws: LinkageAnalysisError.singular(graph: "tiny", sector: "b")) {
            try LinkageAnalysis(graph: graph, graphName: "tiny")
        }
        #expect(throws: MatrixInversionError.singular(column: 0)) { try DenseMatrix(rows: 3, columns: 3).inverse() }
    }

    @Test func lapackIsLoadedOnDemandAndMissingLibrariesAreExplained() throws {
        // `make setup` installs the libraries, so loading them (on first use) finds every routine.
        _ = try LAPACK.shared.get()
        let missing = LinkageAnalysisError.linearAlgebraUnavailable(reason: "libopenblas.so.0: cannot open shared object file")
        #expect(missing.description.contains("libopenblas.so.0: cannot open shared object file"))
        #expect(missing.description.contains("install both with `apt-get install -y libopenblas0 liblapacke`"))
    }

    @Test func missingOutputAttributeIsAnError() {
        let graph = IOFixtures.graph(keys: ["a", "b"], flows: [[1, 2], [3, 4]])
        #expect(throws: LinkageAnalysisError.missingAttribute(graph: "tiny", attribute: "output")) {
            try LinkageAnalysis(graph: graph, graphName: "tiny")
        }
    }

    @Test func typologyComparesBothIndicesWithOne() {
        #expect(SectorType(backward: 1.2, forward: 1.1) == .key)
        #expect(SectorType(backward: 1.2, forward: 0.9) == .backwardOriented)
        #expect(SectorType(backward: 0.8, forward: 1.1) == .forwardOriented)
        #expect(SectorType(backward: 1.0, forward: 1.0) == .weak)
    }
}
