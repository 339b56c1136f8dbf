// Unified diffs that GNU `patch -p1` applies byte for byte.
//
// Pure standard library, no Foundation. Everything works on bytes: lines are
// split on "\n" only and keep their "\n" (a "\r" before it, a lone "\r",
// invalid UTF-8 are just bytes of the line), so two lines are equal only when
// their bytes are, and a last line without "\n" never equals the same text
// with one (exactly how GNU diff sees it).
//
// Algorithm: Myers' O(ND) difference algorithm in its linear-space
// divide-and-conquer form ("middle snake"), as GNU diff implements it in
// diffseq.h, including GNU's cost cut-off (`tooExpensive`, about the square
// root of the input size, at least 4096), so that pathological inputs still
// finish in near-linear time with a valid (if not minimal) diff. Before it,
// like GNU diff's `discard_confusing_lines`, lines that occur nowhere in the
// other file are set aside as certainly changed. That is exact (such a line
// can't be in any common subsequence), and in our common case (`new` is
// mostly a subsequence of `old`, some lines re-whitespaced or removed) it
// leaves two nearly identical sequences, so D, and the work, stays small.
// Identical leading and trailing lines (beyond `context` of them) are left
// out first, as GNU diff does. Myers was chosen over patience/Hunt–Szymanski
// because it gives the same hunks as `diff -u` (checked against diffutils
// 3.8 on thousands of random cases), needs only two int arrays of size N+M,
// and the cut-off bounds its bad cases. After it, GNU's `shift_boundaries`
// slides runs of changes over equal lines so that hunks sit where `diff -u`
// puts them. (GNU's extra "provisional discard" heuristic for lines with
// very many matches is not reproduced; it only affects speed and, rarely,
// which of several equally short diffs is printed.)
public enum UnifiedDiff {
    /// A unified diff that `patch -p1` applies to `old` to give `new` byte for byte.
    /// `preamble` lines are printed before the `---` header (each prefixed so that patch treats it as ignorable garbage); returns nil when old == new.
    ///
    /// - `path` is relative to the folder `patch -p1` runs in; the headers are
    ///   `--- a/PATH` and `+++ b/PATH`. When PATH has a space, a control
    ///   character, `"`, `\`, DEL or a non-ASCII byte, the whole `a/PATH` is
    ///   written as a C string in double quotes (octal escapes for non-ASCII
    ///   bytes), exactly as GNU diff and git do; GNU patch unquotes it.
    /// - Each preamble string becomes one line `winnow: TEXT`, with every
    ///   "\n" and "\r" in TEXT turned into a space. Patch ignores such lines:
    ///   they start with `w`, and no header, hunk or command patch looks for
    ///   does.
    /// - Hunks, their `@@ -a,b +c,d @@` lines and `\ No newline at end of
    ///   file` markers are as GNU `diff -u` prints them; hunks whose context
    ///   would touch or overlap are merged. A negative `context` counts as 0.
    public static func render(
        path: String,
        old: [UInt8],
        new: [UInt8],
        preamble: [String] = [],
        context: Int = 3
    ) -> [UInt8]? {
        if old == new { return nil }

        let oldLines = Lines(old)
        let newLines = Lines(new)
        // Clamp so that `2 * context + 1` can't overflow.
        let ctx = max(0, min(context, oldLines.count + newLines.count + 1))
        let changes = old.withUnsafeBufferPointer { o in
            new.withUnsafeBufferPointer { n in
                Self.changes(o, oldLines, n, newLines, horizon: ctx)
            }
        }
        if changes.isEmpty { return nil }  // unreachable: old != new

        var out: [UInt8] = []
        out.reserveCapacity(estimatedSize(changes, oldLines, newLines, ctx, preamble))

        for line in preamble {
            out.append(contentsOf: preamblePrefix)
            for byte in line.utf8 {
                out.append(byte == lf || byte == cr ? space : byte)
            }
            out.append(lf)
        }
        out.append(contentsOf: Array("--- ".utf8))
        out.append(contentsOf: quotedName("a/" + path))
        out.append(lf)
        out.append(contentsOf: Array("+++ ".utf8))
        out.append(contentsOf: quotedName("b/" + path))
        out.append(lf)

        var h = 0
        while h < changes.count {
            // The hunk runs from changes[h] to changes[e - 1]: GNU's
            // `find_hunk` merges while the unchanged gap is < 2 * ctx + 1.
            var e = h + 1
            while e < changes.count
                && changes[e].line0 - changes[e - 1].end0 < 2 * ctx + 1
            {
                e += 1
            }
            let first = changes[h]
            let last = changes[e - 1]
            let before = min(ctx, first.line0)  // == min(ctx, first.line1)
            let after = min(ctx, oldLines.count - last.end0)
            let start0 = first.line0 - before
            let end0 = last.end0 + after
            let start1 = first.line1 - before
            let end1 = last.end1 + after

            out.append(contentsOf: Array("@@ -".utf8))
            appendRange(&out, start0, end0 - start0)
            out.append(contentsOf: Array(" +".utf8))
            appendRange(&out, start1, end1 - start1)
            out.append(contentsOf: Array(" @@\n".utf8))

            old.withUnsafeBufferPointer { o in
                new.withUnsafeBufferPointer { n in
                    var i = start0
                    for k in h..<e {
                        let change = changes[k]
                        while i < change.line0 {
                            appendLine(&out, space, o, oldLines, i)
                            i += 1
                        }
                        for d in change.line0..<change.end0 {
                            appendLine(&out, minus, o, oldLines, d)
                        }
                        for a in change.line1..<change.end1 {
                            appendLine(&out, plus, n, newLines, a)
                        }
                        i = change.end0
                    }
                    while i < end0 {
                        appendLine(&out, space, o, oldLines, i)
                        i += 1
                    }
                }
            }
            h = e
        }
        return out
    }
}

// MARK: - Output

extension UnifiedDiff {
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D
    private static let space: UInt8 = 0x20
    private static let minus: UInt8 = 0x2D
    private static let plus: UInt8 = 0x2B
    private static let preamblePrefix: [UInt8] = Array("winnow: ".utf8)
    private static let noNewline: [UInt8] = Array("\\ No newline at end of file\n".utf8)

    /// GNU diff's `print_unidiff_number_range`: "L,N"; "L" alone when N is 1;
    /// "L,0" with L the line *before* the (empty) range when N is 0.
    private static func appendRange(_ out: inout [UInt8], _ start: Int, _ count: Int) {
        switch count {
        case 0:
            out.append(contentsOf: Array(String(start).utf8))
            out.append(contentsOf: Array(",0".utf8))
        case 1:
            out.append(contentsOf: Array(String(start + 1).utf8))
        default:
            out.append(contentsOf: Array(String(start + 1).utf8))
            out.append(0x2C)
            out.append(contentsOf: Array(String(count).utf8))
        }
    }

    private static func appendLine(
        _ out: inout [UInt8], _ mark: UInt8,
        _ bytes: UnsafeBufferPointer<UInt8>, _ lines: Lines, _ i: Int
    ) {
        out.append(mark)
        let s = lines.starts[i]
        let e = lines.starts[i + 1]
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[s..<e]))
        if e == s || bytes[e - 1] != lf {
            out.append(lf)
            out.append(contentsOf: noNewline)
        }
    }

    /// `name` as GNU diff writes it in a header: as is when it has only
    /// printable ASCII other than space, `"` and `\`; otherwise a C string in
    /// double quotes, which GNU patch (and git) read back.
    static func quotedName(_ name: String) -> [UInt8] {
        let bytes = Array(name.utf8)
        let plain = bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
        if plain && !bytes.isEmpty { return bytes }
        var out: [UInt8] = [0x22]
        for b in bytes {
            switch b {
            case 0x22, 0x5C: out += [0x5C, b]
            case 0x07: out += [0x5C, UInt8(ascii: "a")]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0B: out += [0x5C, UInt8(ascii: "v")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x20..<0x7F: out.append(b)
            default:  // other control bytes, DEL, non-ASCII: three octal digits
                out += [0x5C, 0x30 + (b >> 6), 0x30 + ((b >> 3) & 7), 0x30 + (b & 7)]
            }
        }
        out.append(0x22)
        return out
    }

    /// Roughly the output's size, never more than it can possibly be.
    private static func estimatedSize(
        _ changes: [Change], _ o: Lines, _ n: Lines, _ ctx: Int, _ preamble: [String]
    ) -> Int {
        var fixed = 256
        for line in preamble { fixed += line.utf8.count + 10 }
        fixed += 48 * changes.count
        var size = fixed
        for c in changes {
            size += o.starts[c.end0] - o.starts[c.line0] + (c.end0 - c.line0)
            size += n.starts[c.end1] - n.starts[c.line1] + (c.end1 - c.line1)
        }
        size += changes.count * min(ctx, 8) * 2 * 64
        let bound = fixed + o.starts[o.count] + n.starts[n.count] + o.count + n.count
        return min(size, bound)
    }
}

// MARK: - Lines

extension UnifiedDiff {
    /// Where each line starts; line i is `starts[i]..<starts[i + 1]` and
    /// includes its "\n" (the last line may have none).
    struct Lines {
        var starts: [Int]
        var count: Int { starts.count - 1 }

        init(_ bytes: [UInt8]) {
            var starts: [Int] = [0]
            starts.reserveCapacity(bytes.count / 32 + 2)
            bytes.withUnsafeBufferPointer { b in
                var i = 0
                while i < b.count {
                    if b[i] == UnifiedDiff.lf { starts.append(i + 1) }
                    i += 1
                }
            }
            if let last = bytes.last, last != UnifiedDiff.lf { starts.append(bytes.count) }
            self.starts = starts
        }
    }

    /// A run of `end0 - line0` deleted lines at `line0` in old and
    /// `end1 - line1` inserted lines at `line1` in new (0-based).
    struct Change {
        var line0: Int
        var end0: Int
        var line1: Int
        var end1: Int
    }

    /// Hash of a line's bytes: 8 bytes at a time, then a final mix.
    private static func hash(_ p: UnsafeRawBufferPointer) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = UInt64(truncatingIfNeeded: p.count) &* k
        var i = 0
        let n = p.count
        while i + 8 <= n {
            let w = p.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* k
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(p[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* k
        h ^= h >> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        h ^= h >> 32
        return h
    }

    private static func sameBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        let n = a.count
        if n != b.count { return false }
        var i = 0
        while i + 8 <= n {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                != b.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            {
                return false
            }
            i += 8
        }
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// Numbers every distinct line of `r0` in old and `r1` in new 0, 1, 2, …
    /// (results are indexed from the start of each range).
    private static func classify(
        _ o: UnsafeBufferPointer<UInt8>, _ ol: Lines, _ r0: Range<Int>,
        _ n: UnsafeBufferPointer<UInt8>, _ nl: Lines, _ r1: Range<Int>
    ) -> (old: [Int], new: [Int], classes: Int) {
        let total = r0.count + r1.count
        var capacity = 16
        while capacity < 2 * total { capacity <<= 1 }
        let mask = capacity - 1
        var slotHash = [UInt64](repeating: 0, count: capacity)
        var slotClass = [Int](repeating: -1, count: capacity)
        // Where each class was first seen: file (0 old, 1 new) and line.
        var repFile: [UInt8] = []
        var repLine: [Int] = []
        repFile.reserveCapacity(total)
        repLine.reserveCapacity(total)

        func bytes(_ file: UInt8, _ line: Int) -> UnsafeRawBufferPointer {
            file == 0 ? lineBytes(o, ol, line) : lineBytes(n, nl, line)
        }
        func ids(_ file: UInt8, _ range: Range<Int>) -> [Int] {
            var result = [Int](repeating: 0, count: range.count)
            for line in range {
                let b = bytes(file, line)
                let hv = hash(b)
                var slot = Int(truncatingIfNeeded: hv) & mask
                while true {
                    let c = slotClass[slot]
                    if c < 0 {
                        slotClass[slot] = repFile.count
                        slotHash[slot] = hv
                        result[line - range.lowerBound] = repFile.count
                        repFile.append(file)
                        repLine.append(line)
                        break
                    }
                    if slotHash[slot] == hv && sameBytes(bytes(repFile[c], repLine[c]), b) {
                        result[line - range.lowerBound] = c
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
            return result
        }
        let oldIDs = ids(0, r0)
        let newIDs = ids(1, r1)
        return (oldIDs, newIDs, repFile.count)
    }

    private static func lineBytes(_ b: UnsafeBufferPointer<UInt8>, _ lines: Lines, _ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(b)[lines.starts[i]..<lines.starts[i + 1]])
    }

    /// The runs of changed lines, in order.
    ///
    /// Like GNU diff, only the middle of the files is analysed: identical
    /// leading and trailing lines are left out, except the `horizon` lines of
    /// each nearest the middle, so that runs of changes can still slide into
    /// them. This also gives the same hunks as `diff -u` where a change could
    /// equally be placed in several spots.
    static func changes(
        _ o: UnsafeBufferPointer<UInt8>, _ ol: Lines,
        _ n: UnsafeBufferPointer<UInt8>, _ nl: Lines,
        horizon: Int
    ) -> [Change] {
        let n0 = ol.count
        let n1 = nl.count
        var prefix = 0
        while prefix < n0 && prefix < n1 && sameBytes(lineBytes(o, ol, prefix), lineBytes(n, nl, prefix)) {
            prefix += 1
        }
        let lo = prefix - min(prefix, horizon)
        var suffix = 0
        while suffix < min(n0, n1) - lo
            && sameBytes(lineBytes(o, ol, n0 - 1 - suffix), lineBytes(n, nl, n1 - 1 - suffix))
        {
            suffix += 1
        }
        let keep = min(suffix, horizon)
        let hi0 = n0 - suffix + keep
        let hi1 = n1 - suffix + keep

        let (ids0, ids1, classes) = classify(o, ol, lo..<hi0, n, nl, lo..<hi1)
        let changed0: [Bool]
        let changed1: [Bool]
        (changed0, changed1) = changedLines(ids0, ids1, classes)

        // Collect the runs; unchanged lines must pair up with equal lines.
        let m0 = ids0.count
        let m1 = ids1.count
        var result: [Change] = []
        var i0 = 0
        var i1 = 0
        while i0 < m0 || i1 < m1 {
            let c0 = i0 < m0 && changed0[i0 + 1]
            let c1 = i1 < m1 && changed1[i1 + 1]
            if c0 || c1 || i0 == m0 || i1 == m1 {
                let l0 = i0
                let l1 = i1
                while i0 < m0 && changed0[i0 + 1] { i0 += 1 }
                while i1 < m1 && changed1[i1 + 1] { i1 += 1 }
                if !(c0 || c1) {  // can't happen; keep the diff valid anyway
                    i0 = m0
                    i1 = m1
                }
                result.append(Change(line0: lo + l0, end0: lo + i0, line1: lo + l1, end1: lo + i1))
            } else if ids0[i0] != ids1[i1] {  // can't happen either
                return [Change(line0: lo, end0: hi0, line1: lo, end1: hi1)]
            } else {
                i0 += 1
                i1 += 1
            }
        }
        return result
    }

    /// Which lines of two sequences of line classes are changed, as flag
    /// arrays with a `false` sentinel at both ends (index i + 1 is line i).
    static func changedLines(_ ids0: [Int], _ ids1: [Int], _ classes: Int) -> ([Bool], [Bool]) {
        let n0 = ids0.count
        let n1 = ids1.count
        var changed0 = [Bool](repeating: false, count: n0 + 2)
        var changed1 = [Bool](repeating: false, count: n1 + 2)

        // Set aside the lines that have no match at all in the other file.
        var in0 = [Bool](repeating: false, count: classes)
        var in1 = [Bool](repeating: false, count: classes)
        for c in ids0 { in0[c] = true }
        for c in ids1 { in1[c] = true }
        var x: [Int] = []  // kept old lines: class
        var xLine: [Int] = []  //            and line number
        var y: [Int] = []
        var yLine: [Int] = []
        x.reserveCapacity(n0)
        xLine.reserveCapacity(n0)
        y.reserveCapacity(n1)
        yLine.reserveCapacity(n1)
        for (i, c) in ids0.enumerated() {
            if in1[c] {
                x.append(c)
                xLine.append(i)
            } else {
                changed0[i + 1] = true
            }
        }
        for (j, c) in ids1.enumerated() {
            if in0[c] {
                y.append(c)
                yLine.append(j)
            } else {
                changed1[j + 1] = true
            }
        }

        var xChanged = [Bool](repeating: false, count: x.count)
        var yChanged = [Bool](repeating: false, count: y.count)
        compareSequences(x, y, &xChanged, &yChanged)
        for k in 0..<x.count where xChanged[k] { changed0[xLine[k] + 1] = true }
        for k in 0..<y.count where yChanged[k] { changed1[yLine[k] + 1] = true }

        shiftBoundaries(&changed0, ids0, &changed1)
        shiftBoundaries(&changed1, ids1, &changed0)
        return (changed0, changed1)
    }
}

// MARK: - Myers (after GNU diffseq.h)

extension UnifiedDiff {
    private struct Partition {
        var xmid: Int
        var ymid: Int
        var loMinimal: Bool
        var hiMinimal: Bool
    }

    /// Marks in `xChanged`/`yChanged` the elements of `x` and `y` outside one
    /// (nearly always minimal) longest common subsequence.
    static func compareSequences(_ x: [Int], _ y: [Int], _ xChanged: inout [Bool], _ yChanged: inout [Bool]) {
        let n = x.count
        let m = y.count
        if n == 0 || m == 0 {
            for i in 0..<n { xChanged[i] = true }
            for j in 0..<m { yChanged[j] = true }
            return
        }
        // GNU: about the square root of the size, at least 4096.
        var tooExpensive = 1
        var diags = n + m + 3
        while diags != 0 {
            tooExpensive <<= 1
            diags >>= 2
        }
        tooExpensive = max(4096, tooExpensive)

        let size = n + m + 3
        let fdBase = UnsafeMutablePointer<Int>.allocate(capacity: size)
        let bdBase = UnsafeMutablePointer<Int>.allocate(capacity: size)
        defer {
            fdBase.deallocate()
            bdBase.deallocate()
        }
        fdBase.initialize(repeating: 0, count: size)
        bdBase.initialize(repeating: 0, count: size)
        // Diagonal d = x - y runs from -(m + 1) to n + 1.
        let fd = fdBase + (m + 1)
        let bd = bdBase + (m + 1)

        x.withUnsafeBufferPointer { xb in
            y.withUnsafeBufferPointer { yb in
                xChanged.withUnsafeMutableBufferPointer { xc in
                    yChanged.withUnsafeMutableBufferPointer { yc in
                        let xv = xb.baseAddress!
                        let yv = yb.baseAddress!
                        var stack: [(Int, Int, Int, Int, Bool)] = [(0, n, 0, m, false)]
                        while let (xoff0, xlim0, yoff0, ylim0, minimal) = stack.popLast() {
                            var xoff = xoff0
                            var xlim = xlim0
                            var yoff = yoff0
                            var ylim = ylim0
                            while xoff < xlim && yoff < ylim && xv[xoff] == yv[yoff] {
                                xoff += 1
                                yoff += 1
                            }
                            while xoff < xlim && yoff < ylim && xv[xlim - 1] == yv[ylim - 1] {
                                xlim -= 1
                                ylim -= 1
                            }
                            if xoff == xlim {
                                for j in yoff..<ylim { yc[j] = true }
                            } else if yoff == ylim {
                                for i in xoff..<xlim { xc[i] = true }
                            } else {
                                let p = diag(xoff, xlim, yoff, ylim, minimal, xv, yv, fd, bd, tooExpensive)
                                if (p.xmid == xoff && p.ymid == yoff) || (p.xmid == xlim && p.ymid == ylim) {
                                    // No progress (never seen); give a valid answer.
                                    for i in xoff..<xlim { xc[i] = true }
                                    for j in yoff..<ylim { yc[j] = true }
                                    continue
                                }
                                stack.append((p.xmid, xlim, p.ymid, ylim, p.hiMinimal))
                                stack.append((xoff, p.xmid, yoff, p.ymid, p.loMinimal))
                            }
                        }
                    }
                }
            }
        }
    }

    /// Finds the midpoint of the shortest edit script for
    /// `x[xoff..<xlim]` and `y[yoff..<ylim]` (GNU diffseq.h `diag`).
    private static func diag(
        _ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int, _ findMinimal: Bool,
        _ xv: UnsafePointer<Int>, _ yv: UnsafePointer<Int>,
        _ fd: UnsafeMutablePointer<Int>, _ bd: UnsafeMutablePointer<Int>,
        _ tooExpensive: Int
    ) -> Partition {
        let dmin = xoff - ylim
        let dmax = xlim - yoff
        let fmid = xoff - yoff
        let bmid = xlim - ylim
        var fmin = fmid
        var fmax = fmid
        var bmin = bmid
        var bmax = bmid
        let odd = (fmid - bmid) & 1 != 0

        fd[fmid] = xoff
        bd[bmid] = xlim

        var c = 1
        while true {
            // Extend the top-down search by an edit step in each diagonal.
            if fmin > dmin {
                fmin -= 1
                fd[fmin - 1] = -1
            } else {
                fmin += 1
            }
            if fmax < dmax {
                fmax += 1
                fd[fmax + 1] = -1
            } else {
                fmax -= 1
            }
            var d = fmax
            while d >= fmin {
                let tlo = fd[d - 1]
                let thi = fd[d + 1]
                let x0 = tlo < thi ? thi : tlo + 1
                var x = x0
                var y = x0 - d
                while x < xlim && y < ylim && xv[x] == yv[y] {
                    x += 1
                    y += 1
                }
                fd[d] = x
                if odd && bmin <= d && d <= bmax && bd[d] <= x {
                    return Partition(xmid: x, ymid: y, loMinimal: true, hiMinimal: true)
                }
                d -= 2
            }

            // Similarly extend the bottom-up search.
            if bmin > dmin {
                bmin -= 1
                bd[bmin - 1] = Int.max
            } else {
                bmin += 1
            }
            if bmax < dmax {
                bmax += 1
                bd[bmax + 1] = Int.max
            } else {
                bmax -= 1
            }
            d = bmax
            while d >= bmin {
                let tlo = bd[d - 1]
                let thi = bd[d + 1]
                let x0 = tlo < thi ? tlo : thi - 1
                var x = x0
                var y = x0 - d
                while xoff < x && yoff < y && xv[x - 1] == yv[y - 1] {
                    x -= 1
                    y -= 1
                }
                bd[d] = x
                if !odd && fmin <= d && d <= fmax && x <= fd[d] {
                    return Partition(xmid: x, ymid: y, loMinimal: true, hiMinimal: true)
                }
                d -= 2
            }

            if !findMinimal && c >= tooExpensive {
                // Gone well beyond the call of duty: settle for the diagonal
                // that got furthest, forwards or backwards.
                var fxybest = -1
                var fxbest = 0
                d = fmax
                while d >= fmin {
                    var x = min(fd[d], xlim)
                    var y = x - d
                    if ylim < y {
                        x = ylim + d
                        y = ylim
                    }
                    if fxybest < x + y {
                        fxybest = x + y
                        fxbest = x
                    }
                    d -= 2
                }
                var bxybest = Int.max
                var bxbest = 0
                d = bmax
                while d >= bmin {
                    var x = max(xoff, bd[d])
                    var y = x - d
                    if y < yoff {
                        x = yoff + d
                        y = yoff
                    }
                    if x + y < bxybest {
                        bxybest = x + y
                        bxbest = x
                    }
                    d -= 2
                }
                if (xlim + ylim) - bxybest < fxybest - (xoff + yoff) {
                    return Partition(xmid: fxbest, ymid: fxybest - fxbest, loMinimal: true, hiMinimal: false)
                } else {
                    return Partition(xmid: bxbest, ymid: bxybest - bxbest, loMinimal: false, hiMinimal: true)
                }
            }
            c += 1
        }
    }

    /// GNU diff's `shift_boundaries` for one file: slides each run of changed
    /// lines (over equal lines, so the diff stays valid) to merge it with
    /// neighbouring runs, then as far down as it goes, then back up to line up
    /// with a run in the other file. Flag arrays have a `false` sentinel at
    /// both ends (index i + 1 is line i).
    static func shiftBoundaries(_ changedFlags: inout [Bool], _ equivs: [Int], _ otherFlags: inout [Bool]) {
        let iEnd = equivs.count
        changedFlags.withUnsafeMutableBufferPointer { cb in
            otherFlags.withUnsafeMutableBufferPointer { ob in
                let changed = cb.baseAddress! + 1
                let other = ob.baseAddress! + 1
                var i = 0
                var j = 0
                while true {
                    // Find the start of the next run, keeping j in step.
                    while i < iEnd && !changed[i] {
                        while other[j] { j += 1 }
                        j += 1
                        i += 1
                    }
                    if i == iEnd { break }
                    var start = i
                    // Find its end.
                    repeat { i += 1 } while changed[i]
                    while other[j] { j += 1 }

                    var runLength: Int
                    var corresponding: Int
                    repeat {
                        runLength = i - start
                        // Move the run back while the line before it equals
                        // its last line; this merges with earlier runs.
                        while start > 0 && equivs[start - 1] == equivs[i - 1] {
                            start -= 1
                            changed[start] = true
                            i -= 1
                            changed[i] = false
                            while changed[start - 1] { start -= 1 }
                            repeat { j -= 1 } while other[j]
                        }
                        corresponding = other[j - 1] ? i : iEnd
                        // Move it forward while its first line equals the
                        // line after it; this merges with later runs.
                        while i != iEnd && equivs[start] == equivs[i] {
                            changed[start] = false
                            start += 1
                            changed[i] = true
                            i += 1
                            while changed[i] { i += 1 }
                            while true {
                                j += 1
                                if !other[j] { break }
                                corresponding = i
                            }
                        }
                    } while runLength != i - start

                    // Move the merged run back to line up with a run in the
                    // other file, if it can.
                    while corresponding < i {
                        start -= 1
                        changed[start] = true
                        i -= 1
                        changed[i] = false
                        repeat { j -= 1 } while other[j]
                    }
                }
            }
        }
    }
}
