namespace Moskvitch.Graph.Production;

public enum ExportStatus { Exported, Attempted, Proposed }
