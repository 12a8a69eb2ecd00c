import Foundation
import InputOutput
import Testing
import TestSupport

/// The real tables shipped under `Graphs/` read as their READMEs describe.
@Suite struct ShippedTablesTests {
    func read(_ relative: String, _ options: IOTableOptions = IOTableOptions()) throws -> IOTableSet {
        let path = Repository.path(relative)
        return try IOTableReader.read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))),
                                      fileName: relative, options: options)
    }

    @Test func finlandHasNineteenRegionsOfThirtySectors() throws {
        let set = try read("Graphs/finland-io-2014/io2014.csv")
        #expect(set.regions.count == 19)
        #expect(set.allTables.allSatisfy { $0.sectorCount == 30 })
        #expect(set.national.sectors.first == IOSector(key: "01", label: "Maatalous ja metsästys"))
        #expect(set.national.index(of: "681+68209+683") != nil)
        for attribute in ["output", "value_added", "wages", "exports", "domestic_exports", "final_demand", "imported_inputs"] {
            #expect(set.national.attributes[attribute]?.allSatisfy { $0 != nil } == true, "\(attribute)")
        }
        let uusimaa = try #require(set.regions.first { $0.region == "Uusimaa" })
        // Values from the file: output row 'Tuotos perushintaan', exports column 'P6K …'.
        #expect(abs((uusimaa.attribute("output", of: "17_18") ?? 0) - 2166.607666015625) < 1e-9)
        #expect(abs((uusimaa.attribute("exports", of: "17_18") ?? 0) - 1094.8978271484375) < 1e-9)
        // Domestic final demand = household + government consumption + capital formation + inventories.
        let finalDemand = 1.750382900238037 + 87.59907531738281 + 9.235725402832031 + 9.134021759033203
        #expect(abs((uusimaa.attribute("final_demand", of: "17_18") ?? 0) - finalDemand) < 1e-9)
        // The national table is the sum of the regions.
        let paper = try #require(set.national.index(of: "17_18"))
        let sum = set.regions.reduce(0) { $0 + $1.flow(from: paper, to: paper) }
        #expect(abs(set.national.flow(from: paper, to: paper) - sum) < 1e-9)
        #expect(set.totalColumns.contains("0 Toimialat yhteensä"))
    }

    @Test func finlandTakesEnglishLabels() throws {
        let path = Repository.path("Graphs/finland-io-2014/sectors.csv")
        let labels = try SectorLabels.read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), fileName: path)
        let set = try read("Graphs/finland-io-2014/io2014.csv").applyingLabels(labels)
        #expect(set.national.sectors.allSatisfy { labels.labels[$0.key] == $0.label })
        #expect(set.regions[0].sectors[6].label == "Paper, pulp and printing")
    }

    @Test func germany1995HasSixSectorsWithOutputAndEmployment() throws {
        let table = try read("Graphs/germany-1995/Beutel_15_4.csv").national
        #expect(table.sectors.map(\.key) == ["agriculture_group", "manufacturing_group", "construction_group",
                                             "trade_group", "business_services_group", "other_services_group"])
        #expect(table.attributes["output"] == [43910, 1079400, 245606, 540063, 692487, 508918])
        #expect(table.attributes["employment"] == [1096, 8381, 3236, 9251, 4258, 10206])
        #expect(table.attributes["value_added"]?[0] == 21664)
        #expect(table.attributes["wages"]?[0] == 9382)
        #expect(table.attributes["exports"]?[1] == 313711)
        #expect(table.attributes["imported_inputs"]?[0] == 2927)
        // Household 8500 + government 16 + capital formation 2975 + inventory change −6.
        #expect(table.attribute("final_demand", of: "agriculture_group") == 11485)
        #expect(table.flow(from: 1, to: 1) == 304584)
    }

    @Test(arguments: ["CHN", "DEU", "FIN", "IND", "JPN", "RUS", "SWE", "USA"])
    func everyWIODCountryYearReads(country: String) throws {
        for year in [1995, 2000, 2005, 2011] {
            let table = try read("Graphs/wiod-2013/\(country)-\(year).csv").national
            #expect(table.sectorCount == 35)
            #expect(table.attributes["output"]?.allSatisfy { $0 != nil } == true)
            #expect(table.attributes["exports"]?.allSatisfy { $0 != nil } == true)
            #expect(table.attributes["imported_inputs"] != nil)
            #expect(table.attributes["final_demand"] != nil)
        }
    }
}
