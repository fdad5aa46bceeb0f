target_sources(fedconsole_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FederationGraph.h ${CMAKE_CURRENT_LIST_DIR}/FederationGraph.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FederationsPage.h ${CMAKE_CURRENT_LIST_DIR}/FederationsPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GroupDialog.h ${CMAKE_CURRENT_LIST_DIR}/GroupDialog.cpp)
