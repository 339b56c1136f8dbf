/// Finds the element that holds an HTML page's article: the container whose text is most
/// article-like prose and least link lists and boilerplate.
///
/// Every unit adds its prose bytes (not in links, in paragraph-like blocks of some length) to
/// the "good" total of each container around it, and its link bytes and short fragments to the
/// "bad" total. A container scores good − badWeight × bad, with a bonus when it is named like
/// the article ("article-body", itemprop=articleBody, <article>, <main>).
///
/// Boilerplate hints ("related", "share", "comments", "sidebar") are believed only on a
/// container that is a minor part of what surrounds it (a share bar, a related box, a footer
/// beside the article), not on a layout wrapper holding most of the page ("container
/// penci_sidebar" around everything); comment sections always. Text inside a believed
/// boilerplate container counts as bad for every container above it, and such containers are
/// chosen only when nothing else holds prose.
struct RegionScorer {
    typealias Hints = MarkupFeatures.Hints

    struct Container {
        let id: Int32
        let kind: MarkupFeatures.Ancestor.Kind
        let hints: Hints
        /// Slot of the enclosing container, -1 for the outermost.
        let parent: Int
        var good = 0.0
        var bad = 0.0
        /// Bytes of every unit inside, and of the link text among them.
        var total = 0.0
        var links = 0.0
        var units = 0
        /// Units with some link text, and units that are mostly link text (headlines of teasers).
        var linkedUnits = 0
        var linkUnits = 0
        /// Named like boilerplate, and that name is believed.
        var isBoilerplate = false
        /// This container or one around it is boilerplate.
        var inBoilerplate = false
        var score = 0.0
    }

    private(set) var containers: [Container] = []
    /// The container slots of every entry, outermost first: `chains[chainRanges[entry]]`.
    private var chains: [Int32] = []
    private var chainRanges: [Range<Int>] = []
    /// The chosen container's slot, or nil when no container holds prose.
    private(set) var best: Int?

    init(units: [ExtractionEntry], lists: [Bool]) {
        collect(units)
        var contributions: [(good: Double, bad: Double)] = units.indices.map { position in
            let entry = units[position]
            guard let markup = entry.unit.markup else { return (0, 0) }
            if lists[position] { return (0, Double(entry.features.bytes) * Self.shortWeight) }
            return Self.contribution(markup, entry.features)
        }
        discountCards(units, &contributions)
        for position in units.indices {
            let (good, bad) = contributions[position]
            for slot in chain(position) {
                containers[Int(slot)].good += good
                containers[Int(slot)].bad += bad
            }
        }
        believeHints()
        discountBoilerplateText(contributions)
        choose()
    }

    var bestContainer: Container? { best.map { containers[$0] } }

    /// The container slots around entry `position`, outermost first.
    func chain(_ position: Int) -> ArraySlice<Int32> {
        chains[chainRanges[position]]
    }

    /// Where in entry `position`'s chain the chosen region is, if the entry is inside it.
    func regionLevel(_ position: Int) -> Int? {
        guard let best else { return nil }
        let chain = self.chain(position)
        return chain.firstIndex(of: Int32(best)).map { $0 - chain.startIndex }
    }

    // MARK: - Steps

    /// Containers and their totals, ignoring hints. Slots are found through a flat table
    /// indexed by element id (ids grow along a chain, so the last one is the largest).
    private mutating func collect(_ units: [ExtractionEntry]) {
        var maxID: Int32 = -1
        var chainLength = 0
        for entry in units {
            guard let ancestors = entry.unit.markup?.ancestors else { continue }
            maxID = max(maxID, ancestors.last?.id ?? -1)
            chainLength += ancestors.count
        }
        var slotOf = [Int32](repeating: -1, count: Int(maxID) + 1)
        chains.reserveCapacity(chainLength)
        chainRanges.reserveCapacity(units.count)
        for entry in units {
            let start = chains.count
            defer { chainRanges.append(start..<chains.count) }
            guard let markup = entry.unit.markup else { continue }
            let bytes = Double(entry.features.bytes)
            let links = bytes * entry.features.linkDensity
            var parent = -1
            for ancestor in markup.ancestors {
                var slot = Int(slotOf[Int(ancestor.id)])
                if slot < 0 {
                    slot = containers.count
                    slotOf[Int(ancestor.id)] = Int32(slot)
                    containers.append(Container(id: ancestor.id, kind: ancestor.kind, hints: ancestor.hints, parent: parent))
                }
                containers[slot].total += bytes
                containers[slot].links += links
                containers[slot].units += 1
                if entry.features.linkDensity >= Self.linkedUnitDensity { containers[slot].linkedUnits += 1 }
                if entry.features.linkDensity >= Self.maxLinkDensity { containers[slot].linkUnits += 1 }
                chains.append(Int32(slot))
                parent = slot
            }
        }
    }

    private mutating func believeHints() {
        for slot in containers.indices {
            let container = containers[slot]
            guard container.parent >= 0, !container.hints.isDisjoint(with: Self.negative) else { continue }
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
    }

    /// Teasers are not article prose: a card's summary (a unit whose closest container with
    /// other units holds only a few, with a good share of link text: the card's headline); a
    /// card among several alike (a few units, one of them a link, one or two of prose: a list of
    /// teasers whose summaries outweigh their headline links); the items of a list in which
    /// nearly every item carries a link.
    private func discountCards(
        _ units: [ExtractionEntry], _ contributions: inout [(good: Double, bad: Double)]
    ) {
        // Card-shaped containers, and how many outermost ones each container holds directly.
        var prose = Array(repeating: 0, count: containers.count)
        for position in units.indices where contributions[position].good > 0 {
            for slot in chain(position) { prose[Int(slot)] += 1 }
        }
        func isCard(_ slot: Int) -> Bool {
            let container = containers[slot]
            return container.units >= 2 && container.units <= Self.cardUnits + 1 && container.linkUnits >= 1
                && prose[slot] >= 1 && prose[slot] <= 2
        }
        var cards = Array(repeating: 0, count: containers.count)
        for slot in containers.indices where isCard(slot) {
            let parent = containers[slot].parent
            if parent >= 0 && !isCard(parent) { cards[parent] += 1 }
        }
        for position in units.indices where contributions[position].good > 0 {
            let chain = self.chain(position)
            var teaser = false
            if let shared = chain.last(where: { containers[Int($0)].units > 1 }) {
                let card = containers[Int(shared)]
                teaser = card.units <= Self.cardUnits && card.links >= Self.cardLinkShare * card.total
            }
            if !teaser, let outer = chain.first(where: { isCard(Int($0)) }) {
                let parent = containers[Int(outer)].parent
                teaser = parent >= 0 && cards[parent] >= Self.teaserListItems
            }
            if !teaser, let list = chain.last(where: { containers[Int($0)].kind == .list }) {
                let list = containers[Int(list)]
                teaser = list.units >= Self.teaserListItems && Double(list.linkedUnits) >= Self.teaserListLinkedShare * Double(list.units)
                    && list.links >= Self.cardLinkShare * list.total
            }
            guard teaser else { continue }
            let good = contributions[position].good
            contributions[position] = (0, contributions[position].bad + good * Self.shortWeight)
        }
    }

    /// Prose inside a believed boilerplate container is bad for every container above it.
    private mutating func discountBoilerplateText(_ contributions: [(good: Double, bad: Double)]) {
        for position in chainRanges.indices {
            let good = contributions[position].good
            guard good > 0 else { continue }
            let chain = self.chain(position)
            guard let cut = chain.firstIndex(where: { containers[Int($0)].isBoilerplate }) else { continue }
            for slot in chain[..<cut] {
                containers[Int(slot)].good -= good
                containers[Int(slot)].bad += good
            }
        }
    }

    private mutating func choose() {
        for slot in containers.indices {
            let container = containers[slot]
            var score = container.good - Self.badWeight * container.bad
            if container.hints.contains(.articleBody) {
                score *= Self.articleBodyBonus
            } else if container.kind == .article || container.kind == .main || !container.hints.isDisjoint(with: .positive) {
                score *= Self.articleBonus
            }
            containers[slot].score = score
            guard container.good > 0, container.kind != .other else { continue }
            if let current = best {
                let other = containers[current]
                // Boilerplate containers are chosen only when nothing else holds prose.
                if container.inBoilerplate != other.inBoilerplate {
                    if container.inBoilerplate { continue }
                } else if score <= other.score {
                    continue
                }
            }
            best = slot
        }
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
    /// A card holds at most this many units, this share of them link text.
    static let cardUnits = 4
    static let cardLinkShare = 0.2
    /// A teaser list: this many items, nearly all with some link text.
    static let teaserListItems = 3
    static let teaserListLinkedShare = 0.8
    static let linkedUnitDensity = 0.1
    static let articleBonus = 1.1
}
