# gui/pki, cluster part: deploying certificates as Secrets, the cluster certificate inventory and
# renewing into a secret.
target_sources(fedconsole_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SecretDeployDialog.h ${CMAKE_CURRENT_LIST_DIR}/SecretDeployDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ClusterCertificatesView.h ${CMAKE_CURRENT_LIST_DIR}/ClusterCertificatesView.cpp)
