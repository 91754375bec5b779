using System.Globalization;
using GraphQL;

namespace OpenData.Api.Protection;

/// <summary>
/// Counts what one answer holds while it is resolved, every value and every character of text, and stops the
/// query when it passes <see cref="ApiLimits.MaxAnswerValues"/> or <see cref="ApiLimits.MaxAnswerCharacters"/>:
/// the estimate expects lists of a usual size, and the data may hold more (a page with thousands of items).
/// </summary>
public sealed class AnswerSize(ApiLimits limits)
{
    private long _characters;

    /// <summary>Values resolved so far: fields and list items.</summary>
    public int Values { get; private set; }

    /// <summary>Counts one resolved value; past a limit, the query ends with an error that says so.</summary>
    public void Add(object? value)
    {
        Values++;
        if (value is string text)
        {
            _characters += text.Length;
        }
        if (Values > limits.MaxAnswerValues)
        {
            throw Refused(string.Format(CultureInfo.InvariantCulture, "more than {0:N0} values", limits.MaxAnswerValues));
        }
        if (_characters > limits.MaxAnswerCharacters)
        {
            throw Refused(string.Format(CultureInfo.InvariantCulture, "more than {0:N0} characters of text", limits.MaxAnswerCharacters));
        }
    }

    private static ExecutionError Refused(string what) => new(
        $"The answer grew to {what} and was stopped: the lists hold more than the estimate expected. Ask for fewer items with " +
        "`first` or fewer fields, or download everything at once from /export/loften.jsonl or /export/promises.csv.")
    {
        Code = "ANSWER_TOO_LARGE",
    };
}
