target_sources(fc_backend_cluster PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ObjectParser.h ${CMAKE_CURRENT_LIST_DIR}/ObjectParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ClusterConnection.h ${CMAKE_CURRENT_LIST_DIR}/ClusterConnection.cpp)
target_sources(fc_backend_cluster PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ConnectionFactory.h ${CMAKE_CURRENT_LIST_DIR}/ConnectionFactory.cpp)
