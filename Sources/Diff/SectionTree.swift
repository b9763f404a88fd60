import PlanModel

/// One section of a version, flattened, with its comparison tokens.
struct SectionNode {
    var section: Section
    var parent: Int?
    var children: [Int] = []
    /// Position among its siblings (0-based).
    var position: Int
    var titleTokens: [Int]
    var bodyTokens: [Int]
    /// Distinct tokens of title and body, sorted.
    var tokenSet: [Int]
    /// The section's own text (its blocks, not its children's), as printed.
    var bodyText: String

    var id: String { section.id }
    var number: String { section.number }
    var title: String { section.title }

    /// Title and body as one token stream: equal keys mean equal content, even when two
    /// layouts split a wrapped heading differently between title and first paragraph.
    var contentKey: [Int] { titleTokens + bodyTokens }
}

/// A version's section tree as a flat array, parents before children (document order).
struct SectionTree {
    var nodes: [SectionNode] = []
    var roots: [Int] = []
    /// Section id → node index.
    var indexById: [String: Int] = [:]

    init(sections: [Section], comparison: ComparisonText, vocabulary: inout Vocabulary) {
        for (position, section) in sections.enumerated() {
            roots.append(add(section, parent: nil, position: position, comparison: comparison, vocabulary: &vocabulary))
        }
    }

    private mutating func add(_ section: Section, parent: Int?, position: Int,
                              comparison: ComparisonText, vocabulary: inout Vocabulary) -> Int {
        let body = section.blocks.map(\.text).joined(separator: "\n")
        let title = vocabulary.intern(comparison.tokens(section.title))
        let bodyTokens = vocabulary.intern(comparison.tokens(body))
        let set = Array(Set(title + bodyTokens)).sorted()
        vocabulary.count(distinct: set)
        var stripped = section
        stripped.children = []
        let index = nodes.count
        nodes.append(SectionNode(section: stripped, parent: parent, position: position, titleTokens: title,
                                 bodyTokens: bodyTokens, tokenSet: set, bodyText: body))
        if indexById[section.id] == nil { indexById[section.id] = index }
        var children: [Int] = []
        for (childPosition, child) in section.children.enumerated() {
            children.append(add(child, parent: index, position: childPosition,
                                comparison: comparison, vocabulary: &vocabulary))
        }
        nodes[index].children = children
        return index
    }

    /// The node a section id names, or its nearest listed ancestor ("III.2.1.(1)" → "III.2.1").
    func node(forSectionId id: String) -> Int? {
        var key = Substring(id)
        while !key.isEmpty {
            if let index = indexById[String(key)] { return index }
            guard let dot = key.lastIndex(of: ".") else { return nil }
            key = key[..<dot]
        }
        return nil
    }

    /// Indices of `index` and all its descendants, in document order.
    func subtree(_ index: Int) -> [Int] {
        var result = [index]
        for child in nodes[index].children { result += subtree(child) }
        return result
    }

    /// The printed text of a subtree: its blocks, then each descendant's heading and blocks.
    func subtreeText(_ index: Int) -> String {
        subtree(index).map { i -> String in
            let node = nodes[i]
            guard i != index else { return node.bodyText }
            let heading = [node.section.marker, node.title].filter { !$0.isEmpty }.joined(separator: " ")
            return node.bodyText.isEmpty ? heading : heading + "\n" + node.bodyText
        }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
