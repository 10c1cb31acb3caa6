# Included from ui/CMakeLists.txt: the Reconciliation page (three bands, money
# at risk, not submitted), the import dialog with its column-mapping step, and
# the candidate picker, past imports, the decisions (undo) and the thresholds,
# over model/reconcilestore.
target_sources(medspasync_ui PRIVATE
  reconcile/reconcilebandmodel.h reconcile/reconcilebandmodel.cpp
  reconcile/notsubmittedmodel.h reconcile/notsubmittedmodel.cpp
  reconcile/csvpreviewmodel.h reconcile/csvpreviewmodel.cpp
  reconcile/reconcileformat.h reconcile/reconcileformat.cpp
  reconcile/importdialog.h reconcile/importdialog.cpp reconcile/importdialogmapping.cpp
  reconcile/candidatedialog.h reconcile/candidatedialog.cpp
  reconcile/thresholdsdialog.h reconcile/thresholdsdialog.cpp
  reconcile/decisionlogmodel.h reconcile/decisionlogmodel.cpp
  reconcile/decisionsdialog.h reconcile/decisionsdialog.cpp
  reconcile/importlistmodel.h reconcile/importlistmodel.cpp
  reconcile/importsdialog.h reconcile/importsdialog.cpp
  reconcile/reconciliationpage.h reconcile/reconciliationpage.cpp reconcile/reconciliationpagehistory.cpp)
target_link_libraries(medspasync_ui PUBLIC MedSpaSync::ReconcileStore)
