# Included from ui/CMakeLists.txt: the calendar's booking dialog, drag rules,
# week and room views, on top of the scheduling engine.
target_sources(medspasync_ui PRIVATE
  calendar/calendarcolumn.h
  calendar/dayviewpaint.cpp
  calendar/dayviewinput.cpp
  calendar/calendarrules.h calendar/calendarrules.cpp
  calendar/clientsearchmodel.h calendar/clientsearchmodel.cpp
  calendar/bookingdialog.h calendar/bookingdialog.cpp
  calendar/bookingdialogslots.cpp
  calendar/newclientpanel.h calendar/newclientpanel.cpp
  calendar/canceldialog.h calendar/canceldialog.cpp
  calendar/seriesscopechoice.h calendar/seriesscopechoice.cpp
  calendar/seriesscopedialog.h calendar/seriesscopedialog.cpp
  calendar/bookingdialogseries.cpp
  calendar/appointmentdialog.h calendar/appointmentdialog.cpp
  calendar/calendarpagebuild.cpp
  calendar/calendaractions.cpp)
target_link_libraries(medspasync_ui PUBLIC MedSpaSync::Scheduling)
