/// Finds the element that holds an HTML page's article: the container whose text is most
/// article-like prose and least link lists and boilerplate.
///
/// Every unit adds its prose bytes (not in links, in paragraph-like blocks of some length) to
/// the "good" total of each container around it, and its link bytes and short fragments to the
/// "bad" total. A container scores good − badWeight × bad, adjusted by its hints: containers
/// named like boilerplate ("related", "comments", "sidebar") are passed over, and text inside
/// such a container counts as bad for every container above it; containers named like the
/// article ("article-body", itemprop=articleBody, <article>, <main>) get a bonus.
struct RegionScorer {
    typealias Hints = MarkupFeatures.Hints

    struct Container {
        let id: Int32
        let kind: MarkupFeatures.Ancestor.Kind
        let hints: Hints
        /// Position in the ancestor chain (0 = body).
        let level: Int
        /// Slot of the enclosing container, -1 for the outermost.
        let parent: Int
        var good = 0.0
        var bad = 0.0
        /// Bytes of every unit inside.
        var total = 0.0
        var units = 0
        /// Hinted like boilerplate, and that hint is believed.
        var isBoilerplate = false
        /// This container or one around it is boilerplate.
        var inBoilerplate = false
        var score = 0.0
    }

    private(set) var containers: [Container] = []
    private var slots: [Int32: Int] = [:]

    /// The chosen container's id, or nil when the page has no container with article text.
    private(set) var best: Int?

    init(units: [(index: Int, unit: Unit, features: BlockFeatures)]) {
        var goodTotal = 0.0
        // First pass: totals per container, ignoring hints.
        for entry in units {
            guard let markup = entry.unit.markup else { continue }
            let (good, bad) = Self.contribution(markup, entry.features)
            goodTotal += good
            var parent = -1
            for (level, ancestor) in markup.ancestors.enumerated() {
                let slot = self.slot(for: ancestor, level: level, parent: parent)
                parent = slot
                containers[slot].good += good
                containers[slot].bad += bad
                containers[slot].total += Double(entry.features.bytes)
                containers[slot].units += 1
            }
        }
        // Which boilerplate hints to believe: those of a container that is a minor part of
        // what surrounds it (a share bar, a related box, a footer beside the article), not those
        // of a layout wrapper holding most of the page ("container penci_sidebar" around it
        // all); comment sections always.
        for slot in containers.indices {
            let container = containers[slot]
            guard container.level > 0, !container.hints.isDisjoint(with: Self.negative) else { continue }
            if container.hints.contains(.comment) && container.hints.isDisjoint(with: .positive) {
                containers[slot].isBoilerplate = true
                continue
            }
            var surrounding = container.parent
            while surrounding >= 0 && containers[surrounding].total <= container.total * Self.wrapperSlack {
                surrounding = containers[surrounding].parent
            }
            containers[slot].isBoilerplate = surrounding >= 0
                && container.total < Self.minorShare * containers[surrounding].total
        }
        // Parents come before their children.
        for slot in containers.indices {
            let parent = containers[slot].parent
            containers[slot].inBoilerplate = containers[slot].isBoilerplate || (parent >= 0 && containers[parent].inBoilerplate)
        }
        // Second pass: text under a believed boilerplate container is bad for everything above it.
        for entry in units {
            guard let markup = entry.unit.markup else { continue }
            guard let cut = markup.ancestors.firstIndex(where: { ancestor in
                slots[ancestor.id].map { containers[$0].isBoilerplate } ?? false
            }) else { continue }
            let (good, _) = Self.contribution(markup, entry.features)
            guard good > 0 else { continue }
            for ancestor in markup.ancestors[..<cut] {
                guard let slot = slots[ancestor.id] else { continue }
                containers[slot].good -= good
                containers[slot].bad += good
            }
        }
        var bestSlot: Int?
        func better(_ slot: Int, than other: Int?) -> Bool {
            guard let other else { return true }
            let (a, b) = (containers[slot], containers[other])
            // Boilerplate containers are chosen only when nothing else holds prose.
            if a.inBoilerplate != b.inBoilerplate { return !a.inBoilerplate }
            return a.score > b.score
        }
        for slot in containers.indices {
            var container = containers[slot]
            container.score = container.good - Self.badWeight * container.bad
            if container.hints.contains(.articleBody) { container.score *= Self.articleBodyBonus }
            else if container.kind == .article || container.kind == .main || !container.hints.isDisjoint(with: .positive) {
                container.score *= Self.articleBonus
            }
            containers[slot].score = container.score
            if container.good > 0, container.kind != .other, better(slot, than: bestSlot) { bestSlot = slot }
        }
        best = bestSlot
    }

    var bestContainer: Container? { best.map { containers[$0] } }

    /// The container with `id`, if any unit sits in it.
    func container(_ id: Int32) -> Container? {
        slots[id].map { containers[$0] }
    }

    private mutating func slot(for ancestor: MarkupFeatures.Ancestor, level: Int, parent: Int) -> Int {
        if let slot = slots[ancestor.id] { return slot }
        containers.append(Container(id: ancestor.id, kind: ancestor.kind, hints: ancestor.hints, level: level, parent: parent))
        slots[ancestor.id] = containers.count - 1
        return containers.count - 1
    }

    /// Prose bytes and boilerplate bytes of one unit.
    static func contribution(_ markup: MarkupFeatures, _ features: BlockFeatures) -> (good: Double, bad: Double) {
        let linkBytes = Double(features.bytes) * features.linkDensity
        let plain = Double(features.bytes) - linkBytes
        switch markup.tag {
        case .paragraph, .division, .quote, .preformatted, .cell, .listItem, .definition:
            if features.linkDensity < maxLinkDensity && features.bytes >= minimumProseBytes {
                return (plain, linkBytes)
            }
            return (0, linkBytes + plain * shortWeight)
        case .heading, .other:
            return (0, linkBytes)
        }
    }

    static let negative = Hints.boilerplate
    static let badWeight = 1.0
    static let shortWeight = 0.5
    static let maxLinkDensity = 0.5
    static let minimumProseBytes = 30
    /// A hinted container holding less than this share of its surroundings is believed.
    static let minorShare = 0.5
    /// Wrappers adding less than this much text do not count as surroundings.
    static let wrapperSlack = 1.1
    static let articleBodyBonus = 1.3
    static let articleBonus = 1.1
}
