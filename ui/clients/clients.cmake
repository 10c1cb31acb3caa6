# Included from ui/CMakeLists.txt: duplicate clients (scan, side-by-side
# merge, merge history with undo) on top of model/dedupe.
target_sources(medspasync_ui PRIVATE
  clients/duplicatesmodel.h clients/duplicatesmodel.cpp
  clients/mergehistorymodel.h clients/mergehistorymodel.cpp
  clients/mergedialog.h clients/mergedialog.cpp
  clients/duplicatesdialog.h clients/duplicatesdialog.cpp)
target_link_libraries(medspasync_ui PUBLIC MedSpaSync::Dedupe)
