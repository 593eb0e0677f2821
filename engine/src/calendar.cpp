  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
#  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
#  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
<  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
>  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
#  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
<  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
>  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
#  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
{  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
{  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
C  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
F  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
{  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
*  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
{  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
}  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
}  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
6  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
-  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
-  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
3  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
→  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
6  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
3  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
6  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
-  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
-  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
5  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
6  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
8  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
3  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
Z  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
→  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
6  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
5  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
6  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
8  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
Z  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
&  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
{  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
4  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
5  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
8  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
4  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
7  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
Z  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
}  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
k  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
&  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
{  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
&  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
?  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
}  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
}  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
k  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
<  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
k  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
>  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
&  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
k  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
&  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
&  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
{  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
q  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
<  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
C  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
F  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
>  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
I  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
C  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
A  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
L  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
V  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
C  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
A  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
L  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
D  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
A  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
R  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
C  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
O  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
M  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
P  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
O  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
2  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
-  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
k  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
G  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
R  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
G  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
O  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
R  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
I  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
A  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
I  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
C  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
A  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
L  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
M  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
H  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
O  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
D  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
P  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
U  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
B  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
L  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
I  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
S  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
H  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
!  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
I  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
k  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
k  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
&  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
k  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
{  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
x  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
j  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
&  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
x  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
1  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
0  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
?  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
—  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
j  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
j  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
\  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
q  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
\  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
?  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
\  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
x  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
-  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
-  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
@  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
+  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
*  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
I  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
C  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
A  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
L  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
V  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
V  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
C  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
O  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
M  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
P  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
O  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
x  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
y  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
I  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
C  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
A  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
L  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
R  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
A  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
S  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
P  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
R  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
A  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
S  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
P  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
A  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
R  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
I  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
k  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
,  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
v  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
}  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
*  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
x  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
.  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
x  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
=  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
I  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
E  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
h  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
"  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
x  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
x  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
O  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
L  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
I  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
N  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
T  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
(  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
d  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
-  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
-  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
)  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
b  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
'  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
_  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
r  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
u  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
t  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
;  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
}  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
}  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
/  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
m  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
s  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
a  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
   // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
c  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
p  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
f  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
l  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
o  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
w  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
:  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
g  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
i  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
n  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
e  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());

  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(
      icalcomponent_as_ical_string_r(calendar.get()), &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  std::string out(text.get());
