// Unified diffs that GNU `patch -p1` applies byte for byte.
//
// Standard library only (no Foundation), and everything is bytes. A line is
// the bytes up to and including a "\n"; the last line of a file may have no
// "\n". A "\r" is an ordinary byte of its line, and so is anything that is not
// valid UTF-8. Two lines are equal only when their bytes are, so a final line
// without "\n" never equals the same text with one.
//
// How the edit script is found:
//
// 1. Lines are numbered by content. A hash table (64-bit hash of the bytes,
//    confirmed by comparing the bytes) gives every distinct line a small
//    integer, so everything after this works on two `[Int32]`.
// 2. Lines that agree at the start and at the end of both files are matched
//    at once and take no further part.
// 3. In what remains, a line whose text does not occur in the other side's
//    remainder cannot be part of any common subsequence. Such lines are marked
//    changed and left out of the sequences the search sees; index maps lead
//    back to the real line numbers. This is exact, and in Winnow's usual case
//    (the new file is the old one with lines removed and a few re-spaced) it
//    leaves two almost equal sequences, so the search below is short.
// 4. Myers' greedy forward search (E. Myers, "An O(ND) Difference Algorithm
//    and Its Variations", 1986). Round d finds, for every diagonal k = x - y,
//    the furthest point reachable with d insertions/deletions; every round's
//    values are kept so that the path can be walked back from the end. To
//    bound time and memory the search never runs more than `roundCap` rounds
//    at a time: when the cap is hit, the path to the frontier point that got
//    furthest is kept and a new search starts from there. A total work budget
//    stops all searching on hostile inputs; whatever is left unmatched then
//    is one changed block. The result is always a correct diff, and minimal
//    whenever neither limit is hit.
// 5. Where equal lines leave a choice, runs of changed lines are moved to a
//    fixed place, each side on its own (a run `s..<e` can move one line down
//    when line e is unchanged and equals line s, and up likewise; the number
//    of changed lines never changes). Runs go as far down as they can, then
//    as far up, then down again, joining the runs they meet; a run that
//    cannot move as a whole may send its tail down or its head up when that
//    joins it to the next run. Last, a run is lifted to where it shares its
//    gap between matched lines with changes of the other side, if equal
//    lines allow that, so that a replaced line shows as `-` next to `+`.
// 6. Changes are grouped into hunks with `context` lines around them; hunks
//    whose context would touch or overlap become one.
public enum UnifiedDiff {
    /// A unified diff that `patch -p1` applies to `old` to give `new` byte for byte.
    /// `preamble` lines are printed before the `---` header (each prefixed so that patch treats it as ignorable garbage); returns nil when old == new.
    ///
    /// - `path` is relative to the folder `patch -p1` runs in; the headers are
    ///   `--- a/PATH` and `+++ b/PATH`. When PATH has a space, a control
    ///   character, `"`, `\`, DEL or a non-ASCII byte, the whole `a/PATH` is
    ///   written as a C string in double quotes (octal escapes for non-ASCII
    ///   bytes), as GNU diff and git write such names; GNU patch unquotes it.
    /// - Each preamble string becomes one line `winnow: TEXT`, with every
    ///   "\n" and "\r" in TEXT turned into a space. Patch ignores such lines:
    ///   they start with `w`, and no header, hunk or command patch looks for
    ///   does.
    /// - Hunks, their `@@ -a,b +c,d @@` lines and `\ No newline at end of
    ///   file` markers are in the standard unified format that `diff -u`
    ///   prints; hunks whose context would touch or overlap are merged. A
    ///   negative `context` counts as 0.
    public static func render(
        path: String,
        old: [UInt8],
        new: [UInt8],
        preamble: [String] = [],
        context: Int = 3
    ) -> [UInt8]? {
        if old == new { return nil }
        let oldText = SplitText(old)
        let newText = SplitText(new)
        let (oldIDs, newIDs, kinds) = numberLines(oldText, newText)
        var marks = findChanges(oldIDs, newIDs, kinds: kinds)
        settle(&marks.old, ids: oldIDs, other: &marks.new, otherIDs: newIDs)

        var out: [UInt8] = []
        out.reserveCapacity(256)
        for text in preamble {
            out.append(contentsOf: "winnow: ".utf8)
            for byte in text.utf8 { out.append(byte == 0x0A || byte == 0x0D ? 0x20 : byte) }
            out.append(0x0A)
        }
        out.append(contentsOf: "--- ".utf8)
        out.append(contentsOf: quotedName("a/" + path))
        out.append(0x0A)
        out.append(contentsOf: "+++ ".utf8)
        out.append(contentsOf: quotedName("b/" + path))
        out.append(0x0A)
        writeHunks(
            into: &out, oldText: oldText, newText: newText, oldChanged: marks.old, newChanged: marks.new,
            context: context)
        return out
    }

    /// `name` as it goes into a `---`/`+++` header: unchanged when it is plain
    /// printable ASCII without `"` or `\` or space, otherwise in double quotes
    /// with C escapes (`\t`, `\n`, `\"`, `\\`, ...) and three-digit octal for
    /// other control bytes, DEL and every byte of a non-ASCII character.
    static func quotedName(_ name: String) -> [UInt8] {
        let bytes = Array(name.utf8)
        let plain = bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
        if plain { return bytes }
        var out: [UInt8] = [0x22]
        for byte in bytes {
            let letter: UInt8?
            switch byte {
            case 0x07: letter = UInt8(ascii: "a")
            case 0x08: letter = UInt8(ascii: "b")
            case 0x09: letter = UInt8(ascii: "t")
            case 0x0A: letter = UInt8(ascii: "n")
            case 0x0B: letter = UInt8(ascii: "v")
            case 0x0C: letter = UInt8(ascii: "f")
            case 0x0D: letter = UInt8(ascii: "r")
            case 0x22, 0x5C: letter = byte
            default: letter = nil
            }
            if let letter {
                out.append(0x5C)
                out.append(letter)
            } else if byte >= 0x20 && byte < 0x7F {
                out.append(byte)
            } else {
                out.append(0x5C)
                out.append(0x30 + (byte >> 6))
                out.append(0x30 + ((byte >> 3) & 7))
                out.append(0x30 + (byte & 7))
            }
        }
        out.append(0x22)
        return out
    }
}

// MARK: - Lines

extension UnifiedDiff {
    /// A file's bytes and where its lines start: line i is
    /// `bytes[edges[i]..<edges[i + 1]]`, "\n" included when it has one.
    struct SplitText {
        let bytes: [UInt8]
        let edges: [Int]

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            var edges = [0]
            bytes.withUnsafeBufferPointer { buffer in
                for (offset, byte) in buffer.enumerated() where byte == 0x0A {
                    edges.append(offset + 1)
                }
            }
            if edges.last! != bytes.count { edges.append(bytes.count) }
            self.edges = edges
        }

        var count: Int { edges.count - 1 }

        func hasNewline(_ line: Int) -> Bool { bytes[edges[line + 1] - 1] == 0x0A }
    }

    /// Gives equal lines equal numbers (0..<kinds) across both files.
    static func numberLines(_ a: SplitText, _ b: SplitText) -> (old: [Int32], new: [Int32], kinds: Int) {
        let total = a.count + b.count
        var size = 16
        while size < 2 * total { size <<= 1 }
        let mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        // One entry per distinct line: its hash and where a copy of it is.
        var entryHash: [UInt64] = []
        var entryFile: [UInt8] = []
        var entryStart: [Int] = []
        var entryLength: [Int] = []

        var ids: ([Int32], [Int32]) = ([], [])
        a.bytes.withUnsafeBytes { rawA in
            b.bytes.withUnsafeBytes { rawB in
                let files = [rawA, rawB]
                for (which, text) in [a, b].enumerated() {
                    let raw = files[which]
                    var numbers = [Int32]()
                    numbers.reserveCapacity(text.count)
                    for line in 0..<text.count {
                        let start = text.edges[line]
                        let length = text.edges[line + 1] - start
                        let base = raw.baseAddress! + start
                        let hash = ByteHash.of(base, count: length)
                        var slot = Int(truncatingIfNeeded: hash) & mask
                        while true {
                            let id = slots[slot]
                            if id < 0 {
                                let fresh = Int32(entryHash.count)
                                slots[slot] = fresh
                                entryHash.append(hash)
                                entryFile.append(UInt8(which))
                                entryStart.append(start)
                                entryLength.append(length)
                                numbers.append(fresh)
                                break
                            }
                            let e = Int(id)
                            if entryHash[e] == hash && entryLength[e] == length
                                && ByteHash.same(files[Int(entryFile[e])].baseAddress! + entryStart[e], base, count: length)
                            {
                                numbers.append(id)
                                break
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                    if which == 0 { ids.0 = numbers } else { ids.1 = numbers }
                }
            }
        }
        return (ids.0, ids.1, entryHash.count)
    }
}

// MARK: - Finding the changes

extension UnifiedDiff {
    /// Rounds one greedy search may run before it settles for partial progress.
    static let roundCap = 512
    /// Work units (diagonals visited plus line comparisons) all searches of one
    /// diff may spend, on top of a share that grows with the input.
    static let baseBudget = 150_000_000

    /// Which lines of each side are not part of the common subsequence found.
    static func findChanges(_ a: [Int32], _ b: [Int32], kinds: Int) -> (old: [Bool], new: [Bool]) {
        var oldChanged = [Bool](repeating: false, count: a.count)
        var newChanged = [Bool](repeating: false, count: b.count)

        // Equal lines at both ends.
        var lo = 0
        while lo < a.count && lo < b.count && a[lo] == b[lo] { lo += 1 }
        var aEnd = a.count
        var bEnd = b.count
        while aEnd > lo && bEnd > lo && a[aEnd - 1] == b[bEnd - 1] {
            aEnd -= 1
            bEnd -= 1
        }
        if lo == aEnd || lo == bEnd {
            for i in lo..<aEnd { oldChanged[i] = true }
            for j in lo..<bEnd { newChanged[j] = true }
            return (oldChanged, newChanged)
        }

        // Lines with no partner on the other side are changed for certain.
        var inA = [Bool](repeating: false, count: kinds)
        var inB = [Bool](repeating: false, count: kinds)
        for i in lo..<aEnd { inA[Int(a[i])] = true }
        for j in lo..<bEnd { inB[Int(b[j])] = true }
        var keptA: [Int32] = []
        var keptB: [Int32] = []
        var whereA: [Int] = []
        var whereB: [Int] = []
        for i in lo..<aEnd {
            oldChanged[i] = true
            if inB[Int(a[i])] {
                keptA.append(a[i])
                whereA.append(i)
            }
        }
        for j in lo..<bEnd {
            newChanged[j] = true
            if inA[Int(b[j])] {
                keptB.append(b[j])
                whereB.append(j)
            }
        }

        var search = GreedySearch(
            a: keptA, b: keptB, budget: baseBudget + 40 * (keptA.count + keptB.count))
        search.run()
        for (r, matched) in search.matchedA.enumerated() where matched { oldChanged[whereA[r]] = false }
        for (r, matched) in search.matchedB.enumerated() where matched { newChanged[whereB[r]] = false }
        return (oldChanged, newChanged)
    }

    /// Myers' greedy forward search over two integer sequences, in pieces of
    /// at most `roundCap` rounds, marking the matched elements of each side.
    struct GreedySearch {
        let a: [Int32]
        let b: [Int32]
        var matchedA: [Bool]
        var matchedB: [Bool]
        var budget: Int
        /// Round d's furthest x per diagonal k = -d, -d+2, ..., d (relative to
        /// the piece's origin), stored at `d*(d+1)/2 + (k+d)/2`.
        var rounds: [Int32] = []

        init(a: [Int32], b: [Int32], budget: Int) {
            self.a = a
            self.b = b
            self.budget = budget
            matchedA = [Bool](repeating: false, count: a.count)
            matchedB = [Bool](repeating: false, count: b.count)
        }

        mutating func run() {
            var x0 = 0
            var y0 = 0
            var xEnd = a.count
            var yEnd = b.count
            while xEnd > x0 && yEnd > y0 && a[xEnd - 1] == b[yEnd - 1] {
                xEnd -= 1
                yEnd -= 1
                matchedA[xEnd] = true
                matchedB[yEnd] = true
            }
            while x0 < xEnd && y0 < yEnd && budget > 0 {
                let (nx, ny) = piece(x0: x0, y0: y0, xEnd: xEnd, yEnd: yEnd)
                if nx == x0 && ny == y0 { break }  // no progress: leave the rest changed
                x0 = nx
                y0 = ny
            }
            // Anything left unmatched (budget spent) simply stays changed.
        }

        /// One search from (x0, y0) towards (xEnd, yEnd). Marks the matches on
        /// the path it settles for and returns where that path ends.
        mutating func piece(x0: Int, y0: Int, xEnd: Int, yEnd: Int) -> (Int, Int) {
            let width = xEnd - x0
            let height = yEnd - y0
            let goal = width - height
            // No search needs more rounds than width + height.
            let limit = min(roundCap, width + height)
            let needed = (limit + 1) * (limit + 2) / 2
            if rounds.count < needed { rounds += [Int32](repeating: 0, count: needed - rounds.count) }
            let allowance = budget
            let (d, hit, spent) = a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    rounds.withUnsafeMutableBufferPointer { r in
                        Self.search(
                            pa.baseAddress! + x0, pb.baseAddress! + y0, width: width, height: height,
                            rounds: r.baseAddress!, limit: limit, allowance: allowance)
                    }
                }
            }
            budget -= spent
            if let hit {
                walkBack(round: d, index: hit, x0: x0, y0: y0, width: width, height: height)
                return (xEnd, yEnd)
            }

            // Out of rounds: keep the path to the frontier point that got
            // furthest (inside the grid if any is), nearest the goal diagonal
            // among equals.
            let base = d * (d + 1) / 2
            var best = -1
            var bestScore = Int.min
            var bestOff = Int.max
            for i in 0...d {
                let k = 2 * i - d
                let x = Int(rounds[base + i])
                let y = x - k
                let inside = x <= width && y <= height
                let score = (inside ? 0 : -(width + height + 2)) + min(x, width) + min(y, height)
                let off = abs(k - goal)
                if score > bestScore || (score == bestScore && off < bestOff) {
                    best = i
                    bestScore = score
                    bestOff = off
                }
            }
            let stop = walkBack(round: d, index: best, x0: x0, y0: y0, width: width, height: height)
            return (x0 + stop.0, y0 + stop.1)
        }

        /// Rounds 0, 1, ... of the greedy search on `a[0..<width]` against
        /// `b[0..<height]`, storing each round's furthest x per diagonal in
        /// `r` (layout as `rounds`). Stops when a diagonal reaches the far
        /// corner (returns that round and diagonal index), after round
        /// `limit`, or once `allowance` work is spent; also returns the work.
        static func search(
            _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>, width: Int, height: Int,
            rounds r: UnsafeMutablePointer<Int32>, limit: Int, allowance: Int
        ) -> (round: Int, hit: Int?, spent: Int) {
            let goal = width - height
            // Round 0: the run of equal lines from the origin.
            var x = 0
            while x < width && x < height && a[x] == b[x] { x += 1 }
            r[0] = Int32(x)
            var spent = x + 1
            if goal == 0 && x == width { return (0, 0, spent) }
            var d = 1
            while true {
                let previous = r + (d - 1) * d / 2
                let current = r + d * (d + 1) / 2
                for i in 0...d {
                    // Same rule as `entry`.
                    var x: Int
                    if i == 0 {
                        x = Int(previous[0])
                    } else if i == d {
                        x = Int(previous[d - 1]) + 1
                    } else {
                        let down = Int(previous[i])
                        let right = Int(previous[i - 1]) + 1
                        x = right > down ? right : down
                    }
                    let start = x
                    let k = 2 * i - d
                    var y = x - k
                    while x < width && y < height && a[x] == b[y] {
                        x += 1
                        y += 1
                    }
                    spent += x - start + 1
                    current[i] = Int32(x)
                    if k == goal && x >= width { return (d, i, spent) }
                }
                if d >= limit || spent >= allowance { return (d, nil, spent) }
                d += 1
            }
        }

        /// Where round d's search on diagonal index i starts, before its run
        /// of equal lines: one step down from diagonal k+1 or one step right
        /// from diagonal k-1 of round d-1, whichever gets further (down on a
        /// tie).
        @inline(__always)
        static func entry(_ rounds: [Int32], _ previous: Int, _ i: Int, _ d: Int) -> Int {
            if i == 0 { return Int(rounds[previous]) }
            if i == d { return Int(rounds[previous + d - 1]) + 1 }
            let down = Int(rounds[previous + i])
            let right = Int(rounds[previous + i - 1]) + 1
            return right > down ? right : down
        }

        /// Follows the path that ends at round `round`, diagonal index `index`
        /// back to the origin, marking its matches; returns the last point of
        /// the path that lies inside the grid (relative to the origin).
        @discardableResult
        mutating func walkBack(round: Int, index: Int, x0: Int, y0: Int, width: Int, height: Int) -> (Int, Int) {
            var d = round
            var i = index
            var x = Int(rounds[d * (d + 1) / 2 + i])
            var stop: (Int, Int)? = nil
            while true {
                let k = 2 * i - d
                if stop == nil && x <= width && x - k <= height { stop = (x, x - k) }
                let previous = (d - 1) * d / 2
                let start = d == 0 ? 0 : Self.entry(rounds, previous, i, d)
                var t = start
                while t < x {
                    matchedA[x0 + t] = true
                    matchedB[y0 + t - k] = true
                    t += 1
                }
                if d == 0 { break }
                if stop == nil && start <= width && start - k <= height { stop = (start, start - k) }
                // Which neighbour of round d-1 led here (same rule as `entry`).
                let fromDown: Bool
                if i == 0 {
                    fromDown = true
                } else if i == d {
                    fromDown = false
                } else {
                    fromDown = !(Int(rounds[previous + i - 1]) + 1 > Int(rounds[previous + i]))
                }
                if !fromDown { i -= 1 }
                d -= 1
                x = Int(rounds[previous + i])
            }
            return stop ?? (0, 0)
        }
    }

    /// Moves runs of changed lines to their canonical place (see the file
    /// comment, step 5). Every move keeps the matching valid: a run
    /// `s..<e` of changed lines may move one line down when line `e` is
    /// unchanged and equal to line `s` (line `s` then takes over `e`'s
    /// partner), and one line up when line `s-1` is unchanged and equal to
    /// line `e-1`.
    static func settle(_ oldChanged: inout [Bool], ids: [Int32], other newChanged: inout [Bool], otherIDs: [Int32]) {
        sink(&oldChanged, ids)
        float(&oldChanged, ids)
        sink(&oldChanged, ids)
        sink(&newChanged, otherIDs)
        float(&newChanged, otherIDs)
        sink(&newChanged, otherIDs)
        pairUp(&oldChanged, ids, newChanged)
        pairUp(&newChanged, otherIDs, oldChanged)
    }

    /// Every run as far down as it goes, absorbing the runs it meets. Runs
    /// are taken bottom first, so a run only ever meets runs that are
    /// already in their final place. A run that cannot move as a whole may
    /// still send its tail down (a tail `t..<e` can move when line `t`
    /// equals line `e`), but only when the tail then joins the run below,
    /// so that this never makes more runs.
    static func sink(_ changed: inout [Bool], _ ids: [Int32]) {
        let n = changed.count
        var effort = 8 * n + 64
        var e = n
        while e > 0 {
            if !changed[e - 1] {
                e -= 1
                continue
            }
            var s = e - 1
            while s > 0 && changed[s - 1] { s -= 1 }
            var from = s
            if e < n && ids[s] != ids[e] {
                // The longest tail that reaches the next run down, if any.
                for t in (s + 1)..<e where ids[t] == ids[e] && reachesRunBelow(changed, ids, t, e, &effort) {
                    from = t
                    break
                }
            }
            var top = from
            var bottom = e
            while bottom < n && ids[top] == ids[bottom] {
                changed[top] = false
                changed[bottom] = true
                top += 1
                bottom += 1
                while bottom < n && changed[bottom] { bottom += 1 }
            }
            e = s
        }
    }

    /// Whether lines `t..<e` (changed, line e not), moved down one line at a
    /// time while they can, end up next to another changed line. Each step
    /// costs one unit of `effort`; with none left the answer is no, which
    /// keeps pathological inputs (long runs of one repeated line) linear.
    static func reachesRunBelow(_ changed: [Bool], _ ids: [Int32], _ t: Int, _ e: Int, _ effort: inout Int) -> Bool {
        var top = t
        var bottom = e
        while bottom < changed.count && !changed[bottom] && ids[top] == ids[bottom] {
            effort -= 1
            if effort < 0 { return false }
            top += 1
            bottom += 1
        }
        return bottom > e && bottom < changed.count && changed[bottom]
    }

    /// Whether lines `s..<t` (changed, line s-1 not), moved up one line at a
    /// time while they can, end up next to another changed line (same
    /// `effort` rule).
    static func reachesRunAbove(_ changed: [Bool], _ ids: [Int32], _ s: Int, _ t: Int, _ effort: inout Int) -> Bool {
        var top = s
        var bottom = t
        while top > 0 && !changed[top - 1] && ids[top - 1] == ids[bottom - 1] {
            effort -= 1
            if effort < 0 { return false }
            top -= 1
            bottom -= 1
        }
        return top < s && top > 0 && changed[top - 1]
    }

    /// Every run as far up as it goes, absorbing the runs it meets; the
    /// mirror image of `sink`, top run first, with heads instead of tails.
    static func float(_ changed: inout [Bool], _ ids: [Int32]) {
        let n = changed.count
        var effort = 8 * n + 64
        var s = 0
        while s < n {
            if !changed[s] {
                s += 1
                continue
            }
            var e = s + 1
            while e < n && changed[e] { e += 1 }
            var to = e
            if s > 0 && ids[s - 1] != ids[e - 1] {
                for t in stride(from: e - 1, to: s, by: -1) where ids[s - 1] == ids[t - 1] && reachesRunAbove(changed, ids, s, t, &effort) {
                    to = t
                    break
                }
            }
            var top = s
            var bottom = to
            while top > 0 && ids[top - 1] == ids[bottom - 1] {
                changed[bottom - 1] = false
                changed[top - 1] = true
                top -= 1
                bottom -= 1
                while top > 0 && changed[top - 1] { top -= 1 }
            }
            s = e
        }
    }

    /// Lifts each (sunk) run of `changed` up, within the room equal lines
    /// give it and without meeting another run, to the lowest place where it
    /// shares its gap between matched lines with changed lines of the other
    /// side; a run that has no such place, or already has one, stays.
    static func pairUp(_ changed: inout [Bool], _ ids: [Int32], _ otherChanged: [Bool]) {
        let n = changed.count
        // partner[i]: for an unchanged line i, the other side's line matched
        // to it; partner[n] is the other side's end.
        var partner = [Int](repeating: -1, count: n + 1)
        var j = 0
        for i in 0..<n where !changed[i] {
            while j < otherChanged.count && otherChanged[j] { j += 1 }
            partner[i] = j
            j += 1
        }
        partner[n] = otherChanged.count
        // The gap below unchanged line i (or the end) holds other-side changes.
        func shared(_ p: Int) -> Bool { p > 0 && p <= otherChanged.count && otherChanged[p - 1] }

        var e = n
        while e > 0 {
            if !changed[e - 1] {
                e -= 1
                continue
            }
            var s = e - 1
            while s > 0 && changed[s - 1] { s -= 1 }
            if shared(partner[e]) {
                e = s
                continue
            }
            // After lifting by `lift`, line e-lift is unchanged and matched
            // to what line s-lift is matched to now.
            var lift = 0
            var found = 0
            while s - lift > 0 && !changed[s - lift - 1] && ids[s - lift - 1] == ids[e - lift - 1] {
                lift += 1
                if shared(partner[s - lift]) {
                    found = lift
                    break
                }
            }
            for t in 0..<found {
                let top = s - t - 1
                let bottom = e - t - 1
                changed[top] = true
                changed[bottom] = false
                partner[bottom] = partner[top]
                partner[top] = -1
            }
            e = s - found
        }
    }
}

// MARK: - Writing hunks

extension UnifiedDiff {
    /// A stretch where old lines `oldStart..<oldEnd` became new lines `newStart..<newEnd`.
    struct Change {
        var oldStart: Int
        var oldEnd: Int
        var newStart: Int
        var newEnd: Int
    }

    static func changes(_ oldChanged: [Bool], _ newChanged: [Bool]) -> [Change] {
        var result: [Change] = []
        var i = 0
        var j = 0
        let n = oldChanged.count
        let m = newChanged.count
        while i < n || j < m {
            if i < n && j < m && !oldChanged[i] && !newChanged[j] {
                i += 1
                j += 1
                continue
            }
            let c = Change(oldStart: i, oldEnd: i, newStart: j, newEnd: j)
            var change = c
            while change.oldEnd < n && oldChanged[change.oldEnd] { change.oldEnd += 1 }
            while change.newEnd < m && newChanged[change.newEnd] { change.newEnd += 1 }
            // The two sides' unchanged lines always pair up one to one; if an
            // inconsistency ever slipped in, take the rest as one change.
            if change.oldEnd == i && change.newEnd == j {
                change.oldEnd = n
                change.newEnd = m
            }
            result.append(change)
            i = change.oldEnd
            j = change.newEnd
        }
        return result
    }

    static func writeHunks(
        into out: inout [UInt8], oldText: SplitText, newText: SplitText,
        oldChanged: [Bool], newChanged: [Bool], context: Int
    ) {
        let list = changes(oldChanged, newChanged)
        let n = oldText.count
        let m = newText.count
        let around = min(max(context, 0), n + m + 1)
        var first = 0
        while first < list.count {
            var last = first
            // Equal lines between two changes: up to 2*context of them are
            // covered by the context of both, so the hunks touch and merge.
            while last + 1 < list.count && list[last + 1].oldStart - list[last].oldEnd <= 2 * around { last += 1 }
            let oldFrom = max(0, list[first].oldStart - around)
            let oldTo = min(n, list[last].oldEnd + around)
            let newFrom = max(0, list[first].newStart - around)
            let newTo = min(m, list[last].newEnd + around)

            out.append(contentsOf: "@@ -".utf8)
            appendRange(&out, from: oldFrom, count: oldTo - oldFrom)
            out.append(contentsOf: " +".utf8)
            appendRange(&out, from: newFrom, count: newTo - newFrom)
            out.append(contentsOf: " @@\n".utf8)

            var i = oldFrom
            for c in list[first...last] {
                while i < c.oldStart {
                    appendLine(&out, 0x20, oldText, i)
                    i += 1
                }
                for r in c.oldStart..<c.oldEnd { appendLine(&out, 0x2D, oldText, r) }
                for r in c.newStart..<c.newEnd { appendLine(&out, 0x2B, newText, r) }
                i = c.oldEnd
            }
            while i < oldTo {
                appendLine(&out, 0x20, oldText, i)
                i += 1
            }
            first = last + 1
        }
    }

    /// `a,b` of a hunk header for `count` lines after the first `from`:
    /// `,1` is left out, and an empty range names the line before it.
    static func appendRange(_ out: inout [UInt8], from: Int, count: Int) {
        out.append(contentsOf: String(count == 0 ? from : from + 1).utf8)
        if count != 1 {
            out.append(0x2C)
            out.append(contentsOf: String(count).utf8)
        }
    }

    static func appendLine(_ out: inout [UInt8], _ mark: UInt8, _ text: SplitText, _ line: Int) {
        out.append(mark)
        out.append(contentsOf: text.bytes[text.edges[line]..<text.edges[line + 1]])
        if !text.hasNewline(line) {
            out.append(contentsOf: "\n\\ No newline at end of file\n".utf8)
        }
    }
}
