public enum WinnowNative {}
