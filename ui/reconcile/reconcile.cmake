# Included from ui/CMakeLists.txt: the Reconciliation page (three bands, money
# at risk, not submitted), the import dialog with its column-mapping step, and
# the candidate picker, over model/reconcilestore.
target_sources(medspasync_ui PRIVATE
  reconcile/reconcilebandmodel.h reconcile/reconcilebandmodel.cpp
  reconcile/notsubmittedmodel.h reconcile/notsubmittedmodel.cpp
  reconcile/csvpreviewmodel.h reconcile/csvpreviewmodel.cpp
  reconcile/reconcileformat.h reconcile/reconcileformat.cpp
  reconcile/importdialog.h reconcile/importdialog.cpp reconcile/importdialogmapping.cpp
  reconcile/candidatedialog.h reconcile/candidatedialog.cpp
  reconcile/reconciliationpage.h reconcile/reconciliationpage.cpp)
target_link_libraries(medspasync_ui PUBLIC MedSpaSync::ReconcileStore)
