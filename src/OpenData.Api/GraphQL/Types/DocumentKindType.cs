using GraphQL.Types;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL.Types;

public sealed class DocumentKindType : EnumerationGraphType<DocumentKind>
{
    public DocumentKindType()
    {
        Name = "DocumentKind";
        Description = "LOFTE: the löfte's own text. NYHET: news about löften. UPPFOLJNING: a report on how a löfte was carried out.";
    }
}
