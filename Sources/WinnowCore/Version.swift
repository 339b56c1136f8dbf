public enum WinnowCoreVersion { public static let string = "0.1.0" }
