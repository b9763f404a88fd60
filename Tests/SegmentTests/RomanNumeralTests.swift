import Testing
import PlanModel
@testable import Segment

/// The one Roman numeral reader/writer that Ingest, Normalize and Segment share.
@Suite struct RomanNumeralTests {
    @Test func writes() {
        #expect(RomanNumeral.string(4) == "IV")
        #expect(RomanNumeral.string(39) == "XXXIX")
        #expect(RomanNumeral.string(1990) == "MCMXC")
        #expect(RomanNumeral.string(0) == "0")
    }

    @Test func sectionNumerals() {
        #expect(RomanNumeral.value("XIV", canonical: true) == 14)
        #expect(RomanNumeral.value("IIII", canonical: true) == nil)
        #expect(RomanNumeral.value("IIII", canonical: false) == 4)
        #expect(RomanNumeral.value("XC", canonical: true) == nil)     // sections stop before 90
        #expect(RomanNumeral.value("LC", canonical: false) == nil)    // no C below 90
        #expect(RomanNumeral.value("", canonical: false) == nil)
        #expect(RomanNumeral.value("IL.", canonical: false) == nil)
    }

    @Test func tableGroupNumerals() {
        #expect(TableGroupNumeral.value("CXX") == 120)
        #expect(TableGroupNumeral.value("XXXVIII") == 38)
        #expect(TableGroupNumeral.value("CCCLXXXV") == nil)           // more than seven letters
        #expect(TableGroupNumeral.value("VX") == nil)
    }
}
