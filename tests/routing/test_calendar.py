"""Working-day deadline arithmetic: weekends, holidays (fixed and yearly), across a year end."""
import datetime as dt

import pytest

from desktop_app.errors import InvalidInput
from desktop_app.routing.calendar import DUE_SOON, DUE_TODAY, ON_TIME, OVERDUE, WorkCalendar, deadline_state

D = dt.date


def test_weekends_are_skipped():
    cal = WorkCalendar()
    assert D(2026, 11, 27).weekday() == 4  # Friday
    assert cal.add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)  # Fri + 1 -> Mon
    assert cal.add_working_days(D(2026, 11, 26), 3) == D(2026, 12, 1)  # Thu + 3 -> Tue
    assert cal.add_working_days(D(2026, 11, 28), 0) == D(2026, 11, 30)  # Sat + 0 -> Mon
    assert cal.add_working_days(D(2026, 11, 26), 0) == D(2026, 11, 26)
    assert cal.add_working_days(D(2026, 11, 28), 1) == D(2026, 11, 30)  # Sat + 1 -> Mon
    assert cal.add_working_days(D(2026, 11, 23), 10) == D(2026, 12, 7)  # two full weeks
    assert not cal.is_working_day(D(2026, 11, 29)) and cal.is_working_day(D(2026, 11, 30))


def test_fixed_and_yearly_holidays():
    # 2026-12-31 (Thu) is Solidarity Day of World Azerbaijanis; 01-01 and 01-02 are New Year every year.
    cal = WorkCalendar.from_settings(["2026-12-31", "01-01", "01-02"])
    assert not cal.is_working_day(D(2026, 12, 31))
    assert not cal.is_working_day(D(2027, 1, 1)) and not cal.is_working_day(D(2031, 1, 2))
    assert cal.is_working_day(D(2026, 12, 30))
    assert cal.add_working_days(D(2026, 12, 30), 1) == D(2027, 1, 4)  # Thu hol, Fri hol, weekend -> Mon
    assert cal.next_working_day(D(2026, 12, 31)) == D(2027, 1, 4)


def test_across_a_year_end_without_holidays():
    cal = WorkCalendar()
    assert cal.add_working_days(D(2026, 12, 30), 3) == D(2027, 1, 4)  # Wed + 3: Thu 31, Fri 1, Mon 4
    assert cal.working_days_between(D(2026, 12, 30), D(2027, 1, 4)) == 3
    assert cal.working_days_between(D(2027, 1, 4), D(2026, 12, 30)) == -3
    assert cal.working_days_between(D(2026, 12, 30), D(2026, 12, 30)) == 0


def test_holiday_entries_are_checked():
    with pytest.raises(InvalidInput, match="2026-13-01"):
        WorkCalendar.from_settings(["2026-13-01"])
    with pytest.raises(InvalidInput, match="Novruz"):
        WorkCalendar.from_settings(["Novruz"])
    with pytest.raises(InvalidInput):
        WorkCalendar().add_working_days(D(2026, 1, 1), -1)
    assert WorkCalendar.from_settings(["02-29"]).is_working_day(D(2027, 3, 1))  # leap-day entry is allowed


def test_deadline_state():
    cal = WorkCalendar()
    today = D(2026, 11, 27)  # Friday
    assert deadline_state(None, today, cal) is None
    assert deadline_state(D(2026, 11, 26), today, cal) == OVERDUE
    assert deadline_state(today, today, cal) == DUE_TODAY
    assert deadline_state(D(2026, 11, 30), today, cal, remind_days=1) == DUE_SOON  # Monday: 1 working day away
    assert deadline_state(D(2026, 12, 1), today, cal, remind_days=1) == ON_TIME


def test_service_uses_settings_holidays(office):
    office.routing.set_holidays(["2026-12-31", "01-01"])
    assert office.settings.get("holidays") == ["2026-12-31", "01-01"]
    office.settings.set("holiday_preset", "")  # only the institution's list here (the preset is tested below)
    assert office.routing.due_date(1, D(2026, 12, 30)) == D(2027, 1, 4)
    with pytest.raises(InvalidInput):
        office.routing.set_holidays(["31.13.2026"])
    office.routing.set_holidays(["31.12.2026", "01.01"])  # the office's way of writing dates is stored canonically
    assert office.settings.get("holidays") == ["2026-12-31", "01-01"]  # nothing half-written


def test_azerbaijan_preset_under_the_institutions_own_days(office):
    """Public holidays and transferred days (the ``holidays`` package, AZ) with the office's list on top."""
    from desktop_app.routing.calendar import WorkCalendar

    cal = WorkCalendar.from_settings([], "AZ")
    assert not cal.is_working_day(D(2026, 12, 31))   # International Azerbaijanis Solidarity Day
    assert not cal.is_working_day(D(2026, 3, 23))    # Novruz
    assert not cal.is_working_day(D(2026, 5, 28))    # Independence Day
    assert cal.is_working_day(D(2025, 6, 21))        # a Saturday the Cabinet made a working day
    assert not cal.is_working_day(D(2025, 6, 27))    # ...for the day off it moved to Friday
    assert cal.is_working_day(D(2026, 12, 30))
    assert not WorkCalendar.from_settings(["12-30"], "AZ").is_working_day(D(2026, 12, 30))  # ours on top
    assert WorkCalendar.from_settings([], None).is_working_day(D(2026, 12, 31))  # without the preset
    # The service uses the preset by default (setting holiday_preset = "AZ").
    assert office.routing.due_date(1, D(2026, 12, 30)) == D(2027, 1, 5)
