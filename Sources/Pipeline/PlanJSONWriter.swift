import PlanModel

/// Plan JSON written directly to bytes: the same bytes `JSONEncoder` writes for a `Plan` with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` (or without `.prettyPrinted`),
/// at a fraction of the cost. Keys are listed in sorted order by hand, field by field, as each
/// type's `encode(to:)` writes them (nil optionals as `null`, except a block's absent `table`).
/// `PlanJSONWriterTests` checks the bytes against `JSONEncoder` on the seeds and fixtures.
struct PlanJSONWriter {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// Values written so far in each open array or object.
    private var counts: [Int] = []

    init(pretty: Bool, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    static func encode(_ plan: Plan, pretty: Bool) -> [UInt8] {
        var writer = PlanJSONWriter(pretty: pretty)
        plan.write(to: &writer)
        return writer.bytes
    }

    // MARK: Structure

    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    /// Starts the member `name` of the open object.
    mutating func key(_ name: StaticString) {
        nextValue()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(0x22)
        if pretty { bytes.append(contentsOf: [0x20, 0x3A, 0x20]) } else { bytes.append(0x3A) }
    }

    /// Starts the next element of the open array.
    mutating func element() { nextValue() }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        counts.append(0)
    }

    private mutating func nextValue() {
        guard let last = counts.indices.last else { return }
        if counts[last] > 0 { bytes.append(0x2C) }
        counts[last] += 1
        if pretty { newline(indent: counts.count) }
    }

    private mutating func close(_ bracket: UInt8) {
        let count = counts.removeLast()
        if pretty {
            if count == 0 { bytes.append(0x0A) }
            newline(indent: counts.count)
        }
        bytes.append(bracket)
    }

    private mutating func newline(indent: Int) {
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20); bytes.append(0x20) }
    }

    // MARK: Values

    mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65])
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// As `JSONEncoder` writes a finite Double: its description without a trailing ".0".
    mutating func double(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for (i, b) in utf8.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                switch b {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0x0F)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(0x22)
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { element(); string(value) }
        endArray()
    }

    mutating func array<T>(_ values: [T], _ write: (T, inout PlanJSONWriter) -> Void) {
        beginArray()
        for value in values { element(); write(value, &self) }
        endArray()
    }
}

// MARK: The plan's types, keys in sorted order

extension Plan {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("appendices"); w.array(appendices) { $0.write(to: &$1) }
        w.key("assignments"); w.array(assignments) { $0.write(to: &$1) }
        w.key("document"); document.write(to: &w)
        w.key("indicators"); w.array(indicators) { $0.write(to: &$1) }
        w.key("recipients"); w.strings(recipients)
        w.key("repair"); repair.write(to: &w)
        w.key("schemaVersion"); w.string(schemaVersion)
        w.key("sections"); w.array(sections) { $0.write(to: &$1) }
        w.key("signature"); if let signature { signature.write(to: &w) } else { w.null() }
        w.key("source"); source.write(to: &w)
        w.key("warnings"); w.array(warnings) { $0.write(to: &$1) }
        w.endObject()
    }
}

extension SourceInfo {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("encoding"); w.string(encoding)
        w.key("format"); w.string(format.rawValue)
        w.key("path"); w.string(path)
        w.key("sha256"); w.string(sha256)
        w.key("unicodeVersion"); w.string(unicodeVersion)
        w.endObject()
    }
}

extension RepairSummary {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("applied"); w.bool(applied)
        w.key("changed"); w.int(changed)
        w.key("lowConfidence"); w.int(lowConfidence)
        w.key("tokens"); w.int(tokens)
        w.endObject()
    }
}

extension DocumentHeader {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("closing"); w.array(closing) { $0.write(to: &$1) }
        w.key("date"); w.string(date)
        w.key("issuer"); w.string(issuer)
        w.key("kind"); w.string(kind.rawValue)
        w.key("kindLabel"); w.string(kindLabel)
        w.key("number"); w.string(number)
        w.key("place"); w.string(place)
        w.key("preamble"); w.array(preamble) { $0.write(to: &$1) }
        w.key("references"); w.array(references) { $0.write(to: &$1) }
        w.key("title"); w.string(title)
        w.endObject()
    }
}

extension DocumentReference {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("date"); w.string(date)
        w.key("number"); w.string(number)
        w.key("text"); w.string(text)
        w.endObject()
    }
}

extension Section {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("blocks"); w.array(blocks) { $0.write(to: &$1) }
        w.key("children"); w.array(children) { $0.write(to: &$1) }
        w.key("id"); w.string(id)
        w.key("lines"); lines.write(to: &w)
        w.key("marker"); w.string(marker)
        w.key("number"); w.string(number)
        w.key("style"); w.string(style.rawValue)
        w.key("title"); w.string(title)
        w.endObject()
    }
}

extension Block {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("kind"); w.string(kind.rawValue)
        w.key("lines"); lines.write(to: &w)
        w.key("marker"); w.string(marker)
        if let table { w.key("table"); table.write(to: &w) }
        w.key("text"); w.string(text)
        w.endObject()
    }
}

extension LineSpan {
    func write(to w: inout PlanJSONWriter) {
        w.beginArray()
        w.element(); w.int(first)
        w.element(); w.int(last)
        w.endArray()
    }
}

extension Table {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("columns"); w.strings(columns)
        w.key("rows"); w.array(rows) { $0.write(to: &$1) }
        w.endObject()
    }
}

extension TableRow {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("cells"); w.strings(cells)
        w.key("lines"); lines.write(to: &w)
        w.endObject()
    }
}

extension Indicator {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("comparator"); w.string(comparator?.rawValue)
        w.key("lines"); lines.write(to: &w)
        w.key("sectionId"); w.string(sectionId)
        w.key("text"); w.string(text)
        w.key("unit"); w.string(unit)
        w.key("value"); if let value { w.double(value) } else { w.null() }
        w.key("year"); w.int(year)
        w.endObject()
    }
}

extension Assignment {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("cooperating"); w.strings(cooperating)
        w.key("deadline"); w.string(deadline)
        w.key("lead"); w.strings(lead)
        w.key("lines"); lines.write(to: &w)
        w.key("sectionId"); w.string(sectionId)
        w.key("text"); w.string(text)
        w.endObject()
    }
}

extension Appendix {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("blocks"); w.array(blocks) { $0.write(to: &$1) }
        w.key("label"); w.string(label)
        w.key("tables"); w.array(tables) { $0.write(to: &$1) }
        w.key("title"); w.string(title)
        w.endObject()
    }
}

extension Signature {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("authority"); w.string(authority)
        w.key("name"); w.string(name)
        w.key("title"); w.string(title)
        w.endObject()
    }
}

extension PlanWarning {
    func write(to w: inout PlanJSONWriter) {
        w.beginObject()
        w.key("code"); w.string(code.rawValue)
        w.key("line"); w.int(line)
        w.key("message"); w.string(message)
        w.key("sectionId"); w.string(sectionId)
        w.endObject()
    }
}
