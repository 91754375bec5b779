using OpenData.Api.Features.Calendar;
using OpenData.Core.Storage;

namespace OpenData.Api.Exports;

/// <summary>
/// What a written file holds the data as of: the data version, and the year in Sweden its löften's and promises'
/// statuses are counted in (a löfte in force in December has ended in January, with no harvest between).
/// </summary>
public readonly record struct DataState(long Stamp, int Year)
{
    public static async Task<DataState> ReadAsync(DataVersionReader versions, SwedishCalendar calendar, CancellationToken ct) =>
        new((await versions.ReadAsync(ct)).Stamp, calendar.ThisYear);
}
