# model/helm: the live release list over informer stores (history, error rows, stuck releases).
fc_add_test(tst_releaselistmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/helm/tst_releaselistmodel.cpp LIBS fedconsole_model)
fc_add_test(tst_valuesschema SOURCES ${CMAKE_CURRENT_LIST_DIR}/helm/tst_valuesschema.cpp LIBS fedconsole_model)
target_compile_definitions(tst_valuesschema PRIVATE FC_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
fc_add_test(tst_rendereddiff SOURCES ${CMAKE_CURRENT_LIST_DIR}/helm/tst_rendereddiff.cpp LIBS fedconsole_model LABELS integration)
