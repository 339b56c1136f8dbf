import WinnowCore
