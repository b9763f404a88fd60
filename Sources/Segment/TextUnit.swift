/// One unit of text as the segmenter's scanners walk it: a `Unicode.Scalar` in simple text
/// (`FastText.simpleScalars`, where every scalar is a grapheme of its own), a `Character`
/// otherwise. A scanner written once, generic over `TextUnit`, serves both paths; each type
/// answers the questions as its own API does, so the `Character` instance behaves as the
/// code written on `Character`s did.
protocol TextUnit: Hashable, Sendable {
    init(_ scalar: Unicode.Scalar)
    var isUnitWhitespace: Bool { get }
    var isUnitUppercase: Bool { get }
    var isUnitLowercase: Bool { get }
    /// Bytes of the unit in UTF-8.
    var utf8Width: Int { get }
    var isUnitLetter: Bool { get }
    /// A digit or other numeric character ("2", "½").
    var isUnitNumeric: Bool { get }
    /// "0"…"9".
    var isASCIIDigitUnit: Bool { get }
    /// The unit in lower case when that is one unit, else the unit itself.
    var lowercasedUnit: Self { get }
    static func text<C: Collection>(_ units: C) -> String where C.Element == Self
}

extension Unicode.Scalar: TextUnit {
    var isUnitWhitespace: Bool { FastText.isWhitespace(self) }
    var isUnitUppercase: Bool { FastText.isUppercase(self) }
    var isUnitLowercase: Bool { Character(self).isLowercase }
    var utf8Width: Int { UTF8.width(self) }
    var isUnitLetter: Bool { FastText.isLetter(self) }
    var isUnitNumeric: Bool { properties.numericType != nil }
    var isASCIIDigitUnit: Bool { FastText.isDigit(self) }
    var lowercasedUnit: Unicode.Scalar { FastText.lower(self) }
    static func text<C: Collection>(_ units: C) -> String where C.Element == Unicode.Scalar {
        FastText.string(Array(units))
    }
}

extension Character: TextUnit {
    var isUnitWhitespace: Bool { isWhitespace }
    var isUnitUppercase: Bool { isUppercase }
    var isUnitLowercase: Bool { isLowercase }
    var utf8Width: Int { utf8.count }
    var isUnitLetter: Bool { isLetter }
    var isUnitNumeric: Bool { isNumber }
    var isASCIIDigitUnit: Bool { isASCIIDigitChar }
    var lowercasedUnit: Character {
        let lower = lowercased()
        return lower.count == 1 ? Character(lower) : self
    }
    static func text<C: Collection>(_ units: C) -> String where C.Element == Character { String(units) }
}

enum TextUnits {
    /// The bounds of `units[range]` without whitespace at either end.
    static func trim<U: TextUnit>(_ units: [U], _ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound, b = range.upperBound
        while a < b, units[a].isUnitWhitespace { a += 1 }
        while b > a, units[b - 1].isUnitWhitespace { b -= 1 }
        return a..<b
    }
}
