namespace OpenData.Api.Features.Calendar;

/// <summary>
/// Today in Sweden, where a löfte's years begin and end: what "in force now" and coverage's default year are counted
/// from. Its own service, so that tests fix the day without stopping the clock that timers and deadlines run on.
/// </summary>
public sealed class SwedishCalendar(TimeProvider clock)
{
    private static readonly TimeZoneInfo Sweden = FindSweden();

    /// <summary>The current calendar year in Sweden.</summary>
    public int ThisYear => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Sweden).Year;

    private static TimeZoneInfo FindSweden()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without time zone data: UTC differs from Swedish time only in the first hours of a year.
            return TimeZoneInfo.Utc;
        }
    }
}
