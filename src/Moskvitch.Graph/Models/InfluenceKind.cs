namespace Moskvitch.Graph.Models;

public enum InfluenceKind { CapturedToolingCopy, Licence, Clone, Inspiration, Rebadge, ReverseEngineering, Derivative, DesignerInvolvement }
