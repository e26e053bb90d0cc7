namespace DocsVideo.Script;

/// <summary>
/// Every code the product reports. DV1xxx: the script text; DV2xxx: assets; DV3xxx: tools and rendering.
/// The table in docs/diagnostics.md lists the same codes; keep the two in step.
/// </summary>
public static class DiagnosticCodes
{
    public const string HeaderYaml = "DV1001";
    public const string HeaderNotMap = "DV1002";
    public const string UnknownHeaderKey = "DV1003";
    public const string InvalidSize = "DV1004";
    public const string UnknownTransition = "DV1005";
    public const string TransitionDuration = "DV1006";
    public const string UnknownMusic = "DV1007";
    public const string InvalidValue = "DV1008";
    public const string DirectionYaml = "DV1010";
    public const string UnknownDirection = "DV1011";
    public const string HeaderOnlyDirection = "DV1012";
    public const string InvalidSegment = "DV1013";
    public const string UnknownSync = "DV1014";
    public const string CalloutKeys = "DV1015";
    public const string UnknownAssetOption = "DV1016";
    public const string UnclosedFence = "DV1017";
    public const string UnclosedDirection = "DV1018";
    public const string UnclosedComment = "DV1019";
    public const string BodyHeading = "DV1020";
    public const string PlainFenceHeading = "DV1021";
    public const string EmptyScene = "DV1022";
    public const string PauseUntilPast = "DV1023";
    public const string UnknownVoice = "DV1030";
    public const string UnknownTheme = "DV1031";
    public const string SpeechLanguage = "DV1032";
    public const string UnsupportedCss = "DV1033";
    public const string SlideShrunk = "DV1034";
    public const string NoFontForText = "DV1035";
    public const string AssetMissing = "DV2001";
    public const string AssetType = "DV2002";
    public const string AssetUnreadable = "DV2003";
    public const string AssetOutsideProject = "DV2004";
    public const string ToolMissing = "DV3001";
    public const string Internal = "DV3000";
    public const string RenderFailed = "DV3002";
    public const string OutputFailed = "DV3003";
    public const string SpeechFailed = "DV3004";
}
