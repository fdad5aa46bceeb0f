# gui/editors: the object editor on the local control plane (Xvfb)
add_executable(draft_child ${CMAKE_CURRENT_LIST_DIR}/editors/draft_child.cpp)
target_link_libraries(draft_child PRIVATE fedconsole_gui fedconsole_common Qt6::Test) # Qt6::Test: the shared LocalConnection helper
fc_add_test(tst_objecteditor XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_objecteditor.cpp
  LIBS fedconsole_gui LABELS integration gui)
target_compile_definitions(tst_objecteditor PRIVATE FC_DRAFT_CHILD="$<TARGET_FILE:draft_child>"
  FC_INTEGRATION_FIXTURES="${PROJECT_SOURCE_DIR}/tests/integration/cluster/fixtures")
add_dependencies(tst_objecteditor draft_child)
# the forms of the object editor (ConfigMap, ingress TCP map, workloads) on the local control plane
fc_add_test(tst_configmapeditor XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_configmapeditor.cpp
  LIBS fedconsole_gui LABELS integration gui)
target_compile_definitions(tst_configmapeditor PRIVATE FC_EDITOR_FIXTURES="${PROJECT_SOURCE_DIR}/tests/model/editors/fixtures")
fc_add_test(tst_workloadeditor XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_workloadeditor.cpp
  LIBS fedconsole_gui LABELS integration gui)
# the "Expose through ingress" dialog on a microk8s-shaped ingress namespace
fc_add_test(tst_exposedialog XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_exposedialog.cpp
  LIBS fedconsole_gui LABELS integration gui)
target_compile_definitions(tst_exposedialog PRIVATE FC_FIXTURES="${PROJECT_SOURCE_DIR}/tests/model/editors/fixtures")
