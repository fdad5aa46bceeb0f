# backend/helm: the storage decoder on fixtures the real helm v3/v4 wrote, the helm CLI driver
# (argument lists, errors, kubeconfig) against a stand-in helm script.
fc_add_test(tst_releasedecoder SOURCES ${CMAKE_CURRENT_LIST_DIR}/helm/tst_releasedecoder.cpp LIBS fedconsole_backend)
target_compile_definitions(tst_releasedecoder PRIVATE FC_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
fc_add_test(tst_helmcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/helm/tst_helmcli.cpp LIBS fedconsole_backend)
fc_add_test(tst_chartfiles SOURCES ${CMAKE_CURRENT_LIST_DIR}/helm/tst_chartfiles.cpp LIBS fedconsole_backend)
target_compile_definitions(tst_chartfiles PRIVATE FC_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# --set rows parsed as helm does, compared with helm v4 and v3 (scripts/helm-bins.sh builds them)
fc_add_test(tst_setvalues SOURCES ${CMAKE_CURRENT_LIST_DIR}/helm/tst_setvalues.cpp LIBS fedconsole_backend)
