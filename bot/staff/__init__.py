"""What staff do: sign in to the console (`accounts`), and see, change and export their
municipalities' concerns (`desk`), with the same access rules in every channel."""

from bot.staff.desk import (FORMAT_HELP, FORMATS, AccessDenied, ExportFile, ExportRequest, Filters, NoSuchConcern,
                            NotStaff, Overview, Point, StaffDesk, StaffInputError)

__all__ = ["FORMAT_HELP", "FORMATS", "AccessDenied", "ExportFile", "ExportRequest", "Filters", "NoSuchConcern",
           "NotStaff", "Overview", "Point", "StaffDesk", "StaffInputError"]
