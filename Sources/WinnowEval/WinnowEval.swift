/// Scoring extracted articles against ground truth.
public enum WinnowEval {}
