import Foundation

/// The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark), as
/// `score_shingles.py` computes it.
///
/// Per page, shared shingles (tp), predicted extras (fp) and missing ones (fn) are divided by
/// their sum, so every page weighs the same. Precision is the mean of tp/(tp+fp) over pages
/// with tp+fp > 0, recall the mean of tp/(tp+fn) over pages with tp+fn > 0 (a page with
/// fp = fn = 0 scores 1 on both); F1 = 2PR/(P+R) of the two means.
public enum ShingleScore {
    /// One page's normalized counts.
    public struct Page: Sendable, Equatable {
        public let id: String
        public let tp: Double
        public let fp: Double
        public let fn: Double

        public init(id: String, tp: Double, fp: Double, fn: Double) {
            self.id = id
            self.tp = tp
            self.fp = fp
            self.fn = fn
        }

        /// Compares a prediction with the truth.
        public init(id: String = "", truth: String, prediction: String) {
            let expected = Shingles(truth)
            let predicted = Shingles(prediction)
            let shared = expected.shared(with: predicted)
            let extra = predicted.total - shared
            let missing = expected.total - shared
            let total = shared + extra + missing
            if total == 0 {
                self.init(id: id, tp: 0, fp: 0, fn: 0)
            } else {
                let sum = Double(total)
                self.init(id: id, tp: Double(shared) / sum, fp: Double(extra) / sum, fn: Double(missing) / sum)
            }
        }

        /// The page's own F1: 0 when nothing is shared.
        public var f1: Double { tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn) }

        var precision: Double? { tp + fp > 0 ? ratio(tp, fp) : nil }
        var recall: Double? { tp + fn > 0 ? ratio(tp, fn) : nil }

        private func ratio(_ hit: Double, _ other: Double) -> Double {
            if fp == 0 && fn == 0 { return 1 }
            if hit == 0 && other == 0 { return 0 }
            return hit / (hit + other)
        }
    }

    /// The whole set's result.
    public struct Result: Sendable {
        public let f1: Double
        public let precision: Double
        public let recall: Double
        public let pages: [Page]

        /// Pages from the lowest F1 up; ties keep their given order.
        public var pagesWorstFirst: [Page] {
            pages.enumerated().sorted { ($0.element.f1, $0.offset) < ($1.element.f1, $1.offset) }.map(\.element)
        }

        /// `F1 0.960  precision 0.951  recall 0.970  pages 181`, as the Python tool prints it.
        public var summary: String {
            "F1 \(Self.format(f1))  precision \(Self.format(precision))  recall \(Self.format(recall))  pages \(pages.count)"
        }

        /// Three decimals, as Python's `f"{x:.3f}"` prints them (both round the exact binary value).
        public static func format(_ value: Double) -> String {
            String(format: "%.3f", value)
        }
    }

    /// Scores `predictions` (id → text; a missing id is an empty prediction) against `truth`,
    /// page order following `ids`.
    public static func score(truth: [String: String], predictions: [String: String], ids: [String]? = nil) -> Result {
        let order = ids ?? truth.keys.sorted()
        let pages = order.map { Page(id: $0, truth: truth[$0] ?? "", prediction: predictions[$0] ?? "") }
        return score(pages)
    }

    /// Averages per-page counts into the set's precision, recall and F1.
    public static func score(_ pages: [Page]) -> Result {
        let precisions = pages.compactMap(\.precision)
        let recalls = pages.compactMap(\.recall)
        let precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return Result(f1: f1, precision: precision, recall: recall, pages: pages)
    }
}
