import XML
import PlanModel

/// Word's automatic numbering (word/numbering.xml): renders the marker a reader sees ("II.",
/// "2.1.", "a)", "(3)") for a paragraph's numId and level, keeping the counters as Word does:
/// per abstract list (or per num when it overrides a start value), deeper levels restarting
/// when a higher one advances.
struct DOCXNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        var suffix = "tab"
        /// Restart after this level (0-based) advances; nil = after any higher level.
        var restartAfter: Int? = nil
        var legal = false
    }

    struct Instance {
        var abstractId: String
        var startOverrides: [Int: Int]
        var levelOverrides: [Int: Level]
    }

    private var abstracts: [String: [Int: Level]] = [:]
    /// Levels linked to a paragraph style (`w:lvl/w:pStyle`): style id → level.
    private(set) var levelOfStyle: [String: Int] = [:]
    private var instances: [String: Instance] = [:]
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    init(_ root: XMLElement) {
        for element in root.elements {
            if element.name == "abstractNum", let id = element.attributes["abstractNumId"] {
                var levels: [Int: Level] = [:]
                for lvl in element.elements where lvl.name == "lvl" {
                    guard let ilvl = lvl.attributes["ilvl"].flatMap(Int.init) else { continue }
                    levels[ilvl] = Self.level(lvl)
                    if let style = lvl.elements.first(where: { $0.name == "pStyle" })?.attributes["val"] { levelOfStyle[style] = ilvl }
                }
                abstracts[id] = levels
            } else if element.name == "num", let id = element.attributes["numId"] {
                let abstractId = element.elements.first { $0.name == "abstractNumId" }?.attributes["val"] ?? ""
                var starts: [Int: Int] = [:], overrides: [Int: Level] = [:]
                for override in element.elements where override.name == "lvlOverride" {
                    guard let ilvl = override.attributes["ilvl"].flatMap(Int.init) else { continue }
                    if let start = override.elements.first(where: { $0.name == "startOverride" })?.attributes["val"].flatMap(Int.init) {
                        starts[ilvl] = start
                    }
                    if let lvl = override.elements.first(where: { $0.name == "lvl" }) { overrides[ilvl] = Self.level(lvl) }
                }
                instances[id] = Instance(abstractId: abstractId, startOverrides: starts, levelOverrides: overrides)
            }
        }
    }

    private static func level(_ lvl: XMLElement) -> Level {
        var level = Level()
        for child in lvl.elements {
            let value = child.attributes["val"]
            switch child.name {
            case "start": level.start = value.flatMap(Int.init) ?? 1
            case "numFmt": level.format = value ?? "decimal"
            case "lvlText": level.text = value ?? ""
            case "suff": level.suffix = value ?? "tab"
            case "lvlRestart": level.restartAfter = value.flatMap(Int.init).map { $0 - 1 }
            case "isLgl": level.legal = value != "0" && value != "false"
            default: break
            }
        }
        return level
    }

    /// Advances the counter of (`numId`, `ilvl`) and returns the marker with its separator
    /// ("1.2. "), or nil when the paragraph is not numbered.
    mutating func marker(numId: String, ilvl: Int) -> String? {
        guard numId != "0", let instance = instances[numId], let levels = abstracts[instance.abstractId] else { return nil }
        func level(_ k: Int) -> Level? { instance.levelOverrides[k] ?? levels[k] }
        guard let current = level(ilvl) else { return nil }
        let key = instance.startOverrides.isEmpty ? "a" + instance.abstractId : "n" + numId
        var state = counters[key] ?? [:]
        func start(_ k: Int) -> Int { instance.startOverrides[k] ?? level(k)?.start ?? 1 }
        state[ilvl] = state[ilvl].map { $0 + 1 } ?? start(ilvl)
        for deeper in (ilvl + 1)..<max(ilvl + 2, 10) {
            // lvlRestart 0 (never) is stored as -1; no lvlRestart: any higher level restarts it.
            if (level(deeper)?.restartAfter).map({ $0 >= ilvl }) ?? true { state[deeper] = nil }
        }
        counters[key] = state
        if current.format == "none" && !current.text.contains("%") { return current.text.isEmpty ? nil : current.text + " " }
        var out = ""
        var chars = Array(current.text)
        var i = 0
        while i < chars.count {
            if chars[i] == "%", i + 1 < chars.count, let digit = chars[i + 1].wholeNumberValue, digit >= 1 {
                let k = digit - 1
                let value = state[k] ?? start(k)
                let format = (current.legal && k < ilvl) ? "decimal" : (level(k)?.format ?? "decimal")
                out += Self.format(value, format)
                i += 2
                continue
            }
            out.append(Self.visible(chars[i]))
            i += 1
        }
        chars = []
        if out.isEmpty { return nil }
        return current.suffix == "nothing" ? out : out + " "
    }

    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": return Numbering.letters(n, upper: false)
        case "upperLetter": return Numbering.letters(n, upper: true)
        case "lowerRoman": return RomanNumeral.string(n).lowercased()
        case "upperRoman": return RomanNumeral.string(n)
        case "decimalZero": return n < 10 && n >= 0 ? "0\(n)" : "\(n)"
        case "none": return ""
        default: return "\(n)"
        }
    }

    /// Symbol/Wingdings bullets live in the private use area: show them as a bullet.
    static func visible(_ c: Character) -> Character {
        guard let scalar = c.unicodeScalars.first, (0xE000...0xF8FF).contains(scalar.value) else { return c }
        return "•"
    }
}
