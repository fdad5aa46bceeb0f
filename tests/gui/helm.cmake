# gui/helm: the Helm releases page and install/upgrade dialog with the real helm v4.3.2 and v3.21.4
# (scripts/helm-bins.sh) on the local control plane (Xvfb).
fc_add_test(tst_releasespage XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/helm/tst_releasespage.cpp
  LIBS fedconsole_gui LABELS integration gui)
