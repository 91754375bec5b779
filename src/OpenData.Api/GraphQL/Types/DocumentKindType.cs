using GraphQL.Types;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL.Types;

public sealed class DocumentKindType : EnumerationGraphType<DocumentKind>
{
    public DocumentKindType()
    {
        Name = "DocumentKind";
        Description = "What a document is.";
        this.Describe(DocumentKind.Lofte, "The löfte's own text: its list of commitments.");
        this.Describe(DocumentKind.Nyhet, "News or a press release about löften.");
        this.Describe(DocumentKind.Uppfoljning, "A report on how a löfte was carried out.");
    }
}
