import Foundation
import InputOutput
import Testing
import TestSupport

/// World shares and Balassa RCA against the reference facts of `Graphs/wiod-2013/README.md`.
@Suite struct WorldPositionTests {
    static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Repository.path(relative))))
    }

    func position(_ country: String, _ year: Int) throws -> IOTable {
        let world = try WorldExports.read(bytes: Self.bytes("Graphs/wiod-2013/world-exports.csv"), fileName: "world-exports.csv")
        let table = try IOTableReader.read(bytes: Self.bytes("Graphs/wiod-2013/\(country)-\(year).csv"), fileName: "\(country)-\(year).csv")
        return try table.national.withWorldPosition(try world.exports(year: year), source: world.fileName)
    }

    /// Rounds as the README prints: shares to 0.1 %, RCA to two decimals.
    func percent(_ value: Double?) -> Double { ((value ?? .nan) * 1000).rounded() / 10 }
    func twoDecimals(_ value: Double?) -> Double { ((value ?? .nan) * 100).rounded() / 100 }

    @Test func finlandPulpAndPaper2011() throws {
        let fin = try position("FIN", 2011)
        #expect(percent(fin.attribute("world_share", of: "c7")) == 4.4)
        #expect(twoDecimals(fin.attribute("rca", of: "c7")) == 7.85)
        #expect(fin.attribute("world_exports", of: "c7") == 310773)
    }

    @Test func finlandOverTheYears() throws {
        let expected: [(Int, Double, Double, Double)] = [(1995, 6.4, 7.67, 1.01), (2000, 5.4, 7.35, 1.48), (2005, 4.4, 6.44, 1.73)]
        for (year, paperShare, paperRCA, electricalRCA) in expected {
            let fin = try position("FIN", year)
            #expect(percent(fin.attribute("world_share", of: "c7")) == paperShare)
            #expect(twoDecimals(fin.attribute("rca", of: "c7")) == paperRCA)
            #expect(twoDecimals(fin.attribute("rca", of: "c14")) == electricalRCA)
        }
    }

    @Test func chinaConstructionMaterialsClimb() throws {
        #expect(percent(try position("CHN", 1995).attribute("world_share", of: "c11")) == 5.5)
        #expect(percent(try position("CHN", 2011).attribute("world_share", of: "c11")) == 16.7)
    }

    @Test func japanTransportAndIndiaServices() throws {
        #expect(twoDecimals(try position("JPN", 2011).attribute("rca", of: "c15")) == 2.11)
        #expect(twoDecimals(try position("IND", 2005).attribute("rca", of: "c30")) == 3.31)
    }

    @Test func yearMustBeChosenWhenSeveralAreGiven() throws {
        let world = try WorldExports.read(bytes: Self.bytes("Graphs/wiod-2013/world-exports.csv"), fileName: "w.csv")
        #expect(throws: IOTableError.worldExportsYear(file: "w.csv", year: nil, available: [1995, 2000, 2005, 2011])) {
            try world.exports(year: nil)
        }
        #expect(throws: IOTableError.worldExportsYear(file: "w.csv", year: 1990, available: [1995, 2000, 2005, 2011])) {
            try world.exports(year: 1990)
        }
    }

    @Test func tableWithoutExportsCannotGetAPosition() throws {
        let table = try IOTableReader.read(bytes: Array(",A\nA,1\n".utf8), fileName: "t.csv").national
        #expect(throws: IOTableError.noExports(table: "the table")) {
            try table.withWorldPosition(["A": 1], source: "w.csv")
        }
    }
}
